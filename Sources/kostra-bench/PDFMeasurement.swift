import Foundation

/// Prints one rendered report to PDF with headless Chromium (`--print-to-pdf`), `runs` times.
enum PDFMeasurement {
    static func run(folder: String, runs: Int) throws -> ChildResult {
        let html = folder + "/report.html"
        guard FileManager.default.fileExists(atPath: html) else { throw BenchError.child("no report.html; run the render measurement first") }
        guard
            let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
                .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { throw BenchError.child("Chromium is not installed") }
        var seconds: [Double] = []
        var size = 0
        for _ in 0..<runs {
            let pdf = folder + "/report.pdf"
            try? FileManager.default.removeItem(atPath: pdf)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: chromium)
            process.arguments = [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(folder)/chromium-profile",
                "--print-to-pdf=\(pdf)", URL(fileURLWithPath: html).absoluteString,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let (_, time) = try timed {
                try process.run()
                process.waitUntilExit()
            }
            guard process.terminationStatus == 0 else { throw BenchError.child("chromium exited with \(process.terminationStatus)") }
            seconds.append(time)
            size = (try? FileManager.default.attributesOfItem(atPath: pdf)[.size] as? Int) ?? 0
        }
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return ChildResult(
            seconds: seconds, peakKB: ChildResult.peakKilobytes(),
            info: ["pdfBytes": Double(size), "chromiumPeakKB": Double(usage.ru_maxrss)])
    }
}
