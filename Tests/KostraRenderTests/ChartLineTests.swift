import FoundationXML
import KostraModel
import KostraRender
import Testing

@Suite("LineChart")
struct ChartLineTests {
    @Test("Every reference time series renders with one line per series and four points each")
    func referenceSeries() throws {
        let blocks = try ChartFixtures.baerumTimeSeries()
        #expect(blocks.count == 6)
        for (number, block) in blocks.enumerated() {
            let unit: IndicatorUnit = block.title.hasSuffix("kroner") ? .kroner : (block.title.hasSuffix("prosent") ? .percent : .count)
            let id = "tidsserie-\(number + 1)"
            let root = try ChartChecks.standard(ChartFixtures.lineChart(block, id: id, unit: unit, decimals: unit == .kroner ? 0 : 1).svg(), id: id)
            let series = ChartFixtures.elements(root, withClass: "series")
            #expect(series.count == block.regions.count)
            for group in series {
                let lines = ChartFixtures.elements(group, withClass: "series-line")
                #expect(lines.count == 1)
                #expect(lines.first.map(ChartFixtures.pointCount) == 4)
                #expect(ChartFixtures.elements(group, withClass: "series-point").count == 4)
            }
            #expect(ChartFixtures.elements(root, withClass: "value-label").count == block.regions.count)
        }
    }

    @Test("Kroner print with a space between thousands; the last values are labelled")
    func kronerFormat() throws {
        let block = try #require(try ChartFixtures.baerumTimeSeries().first)
        let root = try ChartFixtures.parse(ChartFixtures.lineChart(block, id: "kr", unit: .kroner, decimals: 0).svg())
        let texts = ChartFixtures.texts(root)
        // The HTML format's no-break space keeps "4 329" together.
        for tick in ["0", "1\u{00A0}000", "3\u{00A0}000", "6\u{00A0}000"] { #expect(texts.contains(tick), "missing tick \(tick)") }
        let labels = ChartFixtures.elements(root, withClass: "value-label").compactMap(\.stringValue)
        #expect(Set(labels) == ["kr\u{00A0}4\u{00A0}329", "kr\u{00A0}5\u{00A0}085", "kr\u{00A0}4\u{00A0}482"])
        #expect(texts.contains("kroner"))
        #expect(!texts.contains("Aksen starter ikke på null."))
    }

    @Test("Percent values print with a decimal comma and a percent sign")
    func percentFormat() throws {
        let block = try ChartFixtures.baerumTimeSeries()[1]
        let root = try ChartFixtures.parse(ChartFixtures.lineChart(block, id: "p", unit: .percent, decimals: 1).svg())
        let labels = Set(ChartFixtures.elements(root, withClass: "value-label").compactMap(\.stringValue))
        #expect(labels == ["2,3\u{00A0}%", "5,3\u{00A0}%", "3,3\u{00A0}%"])
        let desc = ChartFixtures.elements(root, named: "desc").first?.stringValue ?? ""
        #expect(desc.contains("Bærum: 2021 2,2\u{00A0}%, 2022 1,8\u{00A0}%, 2023 2,1\u{00A0}%, 2024 2,3\u{00A0}%."))
    }

    @Test("Gaps are not drawn through, and a lone value is a marker only")
    func gaps() throws {
        let chart = LineChart(
            id: "gaps", title: "Hull i serien", years: Array(2015...2024),
            series: [
                .init(name: "Bærum", role: .municipality, values: [1, nil, 3, 4, nil, 6, 7, 8, nil, 10]),
                .init(name: "Snitt ASSS", role: .average, values: [2, 2, 2]),
                .init(name: "Asker", role: .comparison, values: [nil, nil, nil, nil, nil, nil, nil, nil, nil, .nan]),
            ],
            unit: .count, decimals: 0
        )
        let root = try ChartChecks.standard(chart.svg(), id: "gaps")
        // Groups are drawn municipality last, so find them by id, not position.
        let all = ChartFixtures.elements(root, withClass: "series")
        #expect(all.count == 3)
        let groups = (1...3).compactMap { number in all.first { ChartFixtures.attribute($0, "id") == "gaps-series-\(number)" } }
        try #require(groups.count == 3)
        #expect(ChartFixtures.attribute(all[2], "id") == "gaps-series-1")
        let municipalityLines = ChartFixtures.elements(groups[0], withClass: "series-line")
        #expect(municipalityLines.map(ChartFixtures.pointCount) == [2, 3])
        #expect(ChartFixtures.elements(groups[0], withClass: "series-point").count == 7)
        // A series shorter than the years stops where its values stop.
        #expect(ChartFixtures.elements(groups[1], withClass: "series-line").map(ChartFixtures.pointCount) == [3])
        #expect(ChartFixtures.elements(groups[2], withClass: "series-line").isEmpty)
        #expect(ChartFixtures.elements(groups[2], withClass: "series-point").isEmpty)
        let desc = ChartFixtures.elements(root, named: "desc").first?.stringValue ?? ""
        #expect(desc.contains("2016 ingen data"))
    }

    @Test("Data far from zero get a fitted axis and a note saying so")
    func fittedAxis() throws {
        let block = try ChartFixtures.baerumTimeSeries()[4]
        let chart = ChartFixtures.lineChart(block, id: "mnd", unit: .months, decimals: 1)
        let root = try ChartChecks.standard(chart.svg(), id: "mnd")
        let texts = ChartFixtures.texts(root)
        #expect(texts.contains("Aksen starter ikke på null."))
        #expect(texts.contains("måneder"))
        #expect(texts.contains("6,5"))
        #expect(!texts.contains("0"))
        var forced = chart
        forced.yAxisOrigin = .zero
        let forcedTexts = ChartFixtures.texts(try ChartFixtures.parse(forced.svg()))
        #expect(forcedTexts.contains("0"))
        #expect(!forcedTexts.contains("Aksen starter ikke på null."))
    }

    @Test("A series break is a labelled dashed line between the years")
    func seriesBreak() throws {
        let chart = LineChart(
            id: "brudd", title: "Netto driftsutgifter", years: Array(2017...2024),
            series: [.init(name: "Bærum", role: .municipality, values: [1, 2, 3, 4, 5, 6, 7, 8])],
            unit: .kroner, decimals: 0,
            breaks: [.init(year: 2020, reason: "kommunesammenslåing"), .init(year: 1990, reason: "utenfor")]
        )
        let root = try ChartChecks.standard(chart.svg(), id: "brudd")
        let breaks = ChartFixtures.elements(root, withClass: "series-break")
        #expect(breaks.count == 1)
        #expect(ChartFixtures.texts(breaks[0]) == ["Brudd 2020: kommunesammenslåing"])
        let line = try #require(ChartFixtures.elements(breaks[0], named: "line").first)
        #expect(ChartFixtures.attribute(line, "stroke-dasharray") != nil)
        #expect(LineChart.SeriesBreak(year: 2020).label == "Brudd 2020")
    }

    @Test("Close end values get labels that do not overlap")
    func endLabelsSpread() throws {
        let block = try ChartFixtures.baerumTimeSeries()[2]  // Bærum and Asker both end at 3,3.
        let root = try ChartFixtures.parse(ChartFixtures.lineChart(block, id: "n", unit: .percent, decimals: 1).svg())
        let ys = ChartFixtures.elements(root, withClass: "value-label").compactMap { Double(ChartFixtures.attribute($0, "y") ?? "") }.sorted()
        #expect(ys.count == 3)
        for (upper, lower) in zip(ys, ys.dropFirst()) { #expect(lower - upper >= 11) }
    }

    @Test("An empty chart says 'ingen data'")
    func empty() throws {
        let chart = LineChart(
            id: "tom", title: "Tom", years: [2023, 2024], series: [.init(name: "Bærum", role: .municipality, values: [])], unit: .percent, decimals: 1
        )
        let root = try ChartChecks.standard(chart.svg(), id: "tom")
        #expect(ChartFixtures.elements(root, withClass: "no-data").count == 1)
    }
}
