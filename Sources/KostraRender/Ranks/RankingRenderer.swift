public import KostraAnalysis
public import KostraModel

/// A ranking as a terminal table or CSV, with Norwegian numbers, its direction and who lacks figures.
public struct RankingRenderer: Sendable {
    public let regions: RegionRegistry

    public init(regions: RegionRegistry) {
        self.regions = regions
    }

    /// The whole ranking as a table, with the direction and the missing members under it.
    public func text(_ ranking: Ranking) -> String {
        let format = ProfileFormatter()
        let indicator = ranking.indicator
        let unit = indicator.unit.norwegianLabel
        var table = TextTable(header: ["Plass", "Kommune", unit.prefix(1).uppercased() + unit.dropFirst()], alignments: [.right, .left, .right])
        for entry in ranking.entries {
            table.append([place(entry, in: ranking), name(entry.region), format.value(entry.value, of: indicator)])
        }
        let title = "\(indicator.label), \(ranking.year): rangering i \(ranking.scope)"
        var notes = ["Rekkefølge: \(ranking.order.norwegianDescription). Like tall (slik de vises) deler plass."]
        notes.append("\(NorwegianCount.municipalities(ranking.entries.count, of: ranking.entries.count + ranking.missing.count)) har tall.")
        if !ranking.missing.isEmpty {
            notes.append("Uten tall (ikke rangert, ikke regnet som null): " + missingList(ranking) + ".")
        }
        return title + "\n\n" + table.text + "\n" + notes.joined(separator: "\n") + "\n"
    }

    /// The ranking as CSV for Excel: one line per municipality, those without figures last with an empty place.
    public func csv(_ ranking: Ranking) -> String {
        let numbers = ProfileFormatter(numbers: .spreadsheet)
        var csv = CSVWriter()
        csv.append(["Plass", "Kommune", "Verdi", "Enhet", "Rekkefølge"])
        for entry in ranking.entries {
            csv.append([
                String(entry.rank), name(entry.region), numbers.plain(entry.value, of: ranking.indicator),
                ranking.indicator.unit.norwegianLabel, ranking.order.norwegianDescription,
            ])
        }
        for region in ranking.missing {
            csv.append([
                "", name(region), ranking.missingStatuses[region]?.symbol ?? "", ranking.indicator.unit.norwegianLabel,
                ranking.order.norwegianDescription,
            ])
        }
        return csv.text
    }

    /// `1`, or `2 (delt)` when others share the place.
    func place(_ entry: RankEntry, in ranking: Ranking) -> String {
        ranking.entries.count { $0.rank == entry.rank } > 1 ? "\(entry.rank). (delt)" : "\(entry.rank)."
    }

    func missingList(_ ranking: Ranking) -> String {
        ranking.missing.map { region in
            name(region) + (ranking.missingStatuses[region].map { " (\($0.symbol) \($0.norwegianLabel))" } ?? "")
        }.joined(separator: ", ")
    }

    func name(_ region: RegionID) -> String { regions.region(id: region)?.name ?? region }
}
