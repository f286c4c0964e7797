import KostraAnalysis
import KostraTesting
import Testing

@Suite("Peer finder")
struct PeerFinderTests {
    /// By hand. Candidates with all variables: T, A, B, C (D lacks x and is excluded).
    /// x = 2, 1, 4, 5: mean 3, population SD √2,5; weight 1.
    /// y = 10, 10, 10, 30: mean 15, population SD √75; weight 0,25.
    /// k = 7 for all: SD 0, reported and ignored.
    /// Squared raw distances from T, Σ w (Δz)²:
    ///   A: (1/√2,5)² = 0,4                      → 0,4
    ///   B: (2/√2,5)² = 1,6                      → 1,6
    ///   C: (3/√2,5)² + 0,25 × (20/√75)² = 3,6 + 4/3 = 74/15
    /// Rebased by C (the farthest): A = √(0,4 × 15/74) = √(3/37) = 0,28475, B = √(12/37) = 0,56949, C = 1.
    @Test func handMadeCase() throws {
        let finder = try PeerFinder(variables: [
            PeerVariable("x"), PeerVariable("y", weight: 0.25), PeerVariable("k", label: "Konstant"),
        ])
        let candidates = [
            PeerCandidate(region: "T", values: ["x": 2, "y": 10, "k": 7]),
            PeerCandidate(region: "C", values: ["x": 5, "y": 30, "k": 7]),
            PeerCandidate(region: "A", values: ["x": 1, "y": 10, "k": 7]),
            PeerCandidate(region: "B", values: ["x": 4, "y": 10, "k": 7]),
            PeerCandidate(region: "D", name: "Dkommune", values: ["y": 10, "k": 7]),
        ]
        let result = try finder.nearest(to: "T", among: candidates)
        #expect(result.neighbours.map(\.region) == ["A", "B", "C"])
        let expected = [(3.0 / 37).squareRoot(), (12.0 / 37).squareRoot(), 1]
        #expect(zip(result.neighbours.map(\.distance), expected).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(abs(result.farthestRawDistance - (74.0 / 15).squareRoot()) < 1e-12)
        #expect(result.ignoredVariables.map(\.name) == ["k"])
        #expect(result.excluded.map(\.region) == ["D"])
        #expect(result.excluded.first?.reason == "mangler x")
        #expect(result.candidatesWithData == 4)
        let x = try #require(result.statistics.first { $0.variable.name == "x" })
        #expect(x.mean == 3)
        #expect(abs(x.standardDeviation - 2.5.squareRoot()) < 1e-15)
        let a = result.neighbours[0]
        #expect(a.values.map(\.raw) == [1, 10, 7])
        #expect(abs((a.values[0].zScore ?? 0) + 2 / 2.5.squareRoot()) < 1e-12)
        #expect(a.values[2].zScore == nil)
        #expect(result.method.contains("Uten spredning og derfor utelatt: Konstant."))
        #expect(try finder.nearest(to: "T", among: candidates, count: 2).neighbours.count == 2)
    }

    @Test func errors() throws {
        let finder = try PeerFinder(variables: [PeerVariable("x")])
        #expect(throws: PeerError.targetNotAmongCandidates("T")) {
            try finder.nearest(to: "T", among: [PeerCandidate(region: "A", values: ["x": 1])])
        }
        #expect {
            try finder.nearest(to: "T", among: [PeerCandidate(region: "T", values: [:]), PeerCandidate(region: "A", values: ["x": 1])])
        } throws: { error in
            (error as? PeerError)?.errorDescription
                == "T has no value for \"x\", so distances to it cannot be computed. Supply the value or choose other variables."
        }
        #expect(throws: PeerError.noVariableWithSpread(ignored: ["x"])) {
            try finder.nearest(to: "T", among: [PeerCandidate(region: "T", values: ["x": 1]), PeerCandidate(region: "A", values: ["x": 1])])
        }
        #expect(throws: PeerError.invalidWeight(variable: "x", weight: -1)) {
            try PeerFinder(variables: [PeerVariable("x", weight: -1)])
        }
        #expect(throws: PeerError.allWeightsZero) { try PeerFinder(variables: [PeerVariable("x", weight: 0)]) }
    }

    /// Bærum (3201), 1 January 2024, among the 12 ASSS municipalities' 2024 codes, on total population and the
    /// shares 0–17, 18–24, 25–66 and 67+ (SSB 07459, shared/data file 2). Checked by hand with numpy
    /// (scripts/peers_baerum_2024.py: population SD, unweighted Euclidean distance, rebased by the farthest), output:
    ///   3203 Asker         raw=0.294894 rebased=0.047547
    ///   3301 Drammen       raw=1.901904 rebased=0.306653
    ///   3205 Lillestrøm    raw=2.213991 rebased=0.356972
    ///   1103 Stavanger     raw=2.351256 rebased=0.379104
    ///   3107 Fredrikstad   raw=2.388939 rebased=0.385180
    ///   1108 Sandnes       raw=2.394475 rebased=0.386073
    ///   4204 Kristiansand  raw=2.637224 rebased=0.425212
    ///   4601 Bergen        raw=3.558081 rebased=0.573686
    ///   5501 Tromsø        raw=3.617288 rebased=0.583233
    ///   5001 Trondheim     raw=4.370464 rebased=0.704671
    ///   0301 Oslo          raw=6.202136 rebased=1.000000
    @Test func baerumAmongASSS2024() throws {
        let text = try SharedFixtures.text("data/ssb07459_population_agegroups_asss_2005_2024.csv")
        let lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = try #require(lines.first).map(String.init)
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name)) }
        let (yearCol, codeCol, nameCol) = (try column("year_1jan"), try column("region_code"), try column("region_name"))
        var candidates: [PeerCandidate] = []
        for fields in lines.dropFirst() where fields[yearCol] == "2024" {
            func value(_ name: String) throws -> Double { try #require(Double(fields[try column(name)])) }
            let total = try value("pop_total")
            candidates.append(
                PeerCandidate(
                    region: String(fields[codeCol]), name: String(fields[nameCol]),
                    values: [
                        "total": total,
                        "0-17": try value("pop_0_17") / total,
                        "18-24": try value("pop_18_24") / total,
                        "25-66": try value("pop_25_66") / total,
                        "67+": try value("pop_67_plus") / total,
                    ]))
        }
        #expect(candidates.count == 12)
        let finder = try PeerFinder(variables: [
            PeerVariable("total", label: "Folketall"), PeerVariable("0-17", label: "Andel 0–17 år"),
            PeerVariable("18-24", label: "Andel 18–24 år"), PeerVariable("25-66", label: "Andel 25–66 år"),
            PeerVariable("67+", label: "Andel 67 år og over"),
        ])
        let all = try finder.nearest(to: "3201", among: candidates, count: 11)
        #expect(
            all.neighbours.map(\.region)
                == ["3203", "3301", "3205", "1103", "3107", "1108", "4204", "4601", "5501", "5001", "0301"])
        let expected = [0.047547, 0.306653, 0.356972, 0.379104, 0.385180, 0.386073, 0.425212, 0.573686, 0.583233, 0.704671, 1]
        #expect(zip(all.neighbours.map(\.distance), expected).allSatisfy { abs($0 - $1) < 5e-7 })
        #expect(abs((all.neighbours.first?.rawDistance ?? 0) - 0.294894) < 5e-7)
        #expect(all.farthestName == "Oslo")
        #expect(all.excluded.isEmpty && all.ignoredVariables.isEmpty)
        let z = all.targetValues.compactMap(\.zScore)
        #expect(zip(z, [-0.28707013, 1.16554014, -1.16121493, -1.08890886, 0.82369007]).allSatisfy { abs($0 - $1) < 1e-7 })

        let tenNearest = try finder.nearest(to: "3201", among: candidates)
        #expect(tenNearest.neighbours.count == 10)
        #expect(tenNearest.neighbours.first?.name == "Asker")
        #expect(!tenNearest.neighbours.contains { $0.region == "0301" })
    }
}
