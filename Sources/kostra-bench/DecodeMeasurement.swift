import Foundation
import KostraImport

/// Decodes the synthetic JSON-stat file into typed cells (values and statuses), `runs` times.
enum DecodeMeasurement {
    static func run(file: String, runs: Int) throws -> ChildResult {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        var seconds: [Double] = []
        var cells = 0
        var withValue = 0
        for _ in 0..<runs {
            let (dataset, time) = try timed { try JSONStatDecoder.decode(data, origin: file) }
            seconds.append(time)
            cells = dataset.count
            withValue = dataset.values.reduce(0) { $0 + ($1.isNaN ? 0 : 1) }
        }
        return ChildResult(
            seconds: seconds, peakKB: ChildResult.peakKilobytes(),
            info: ["bytes": Double(data.count), "cells": Double(cells), "values": Double(withValue)])
    }
}
