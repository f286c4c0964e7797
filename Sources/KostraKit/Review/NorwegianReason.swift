import KostraAnalysis
import KostraModel

/// Why a slide's or a report's figures cannot be shown, as a Norwegian sentence.
///
/// The analyses' errors speak English to the command line, where a user typed the options they
/// name (`--from`, `--input`). Slides and reports are handed on to readers who did not, and who
/// read bokmål, so the render and use-case layer words each case itself here instead of passing
/// the English message through. A case without its own sentence gets a Norwegian one that points
/// to the command that shows the details; an English text never reaches a slide.
enum NorwegianReason {
    /// The sentence for `error`; indicator ids are shown by their catalogue label.
    static func sentence(for error: any Error, catalog: IndicatorCatalog) -> String {
        func label(_ indicator: String) -> String {
            catalog.indicator(id: indicator).map { "«\($0.label)»" } ?? "«\(indicator)»"
        }
        switch error {
        case let error as ReviewError:
            return review(error)
        case let error as AnalysisError:
            return analysis(error, label: label)
        case let error as KitError:
            return kit(error)
        case let error as RatioError:
            return ratio(error)
        case let error as DecompositionError:
            return decomposition(error)
        default:
            return "tallene kunne ikke settes sammen. Kjør analysen på kommandolinjen (for eksempel «kostra decompose» "
                + "eller «kostra ratio») for å se hvorfor."
        }
    }

    static func review(_ error: ReviewError) -> String {
        switch error {
        case let .missingStoredFigures(region, year, figures, yearsWithAll):
            return "\(region) har ikke lagrede tall for \(year) for: \(figures.joined(separator: ", ")). "
                + "År med alle tallene: \(years(yearsWithAll)). Legg dem til med «kostra import» eller «kostra fetch», eller velg andre år."
        case let .noFigures(indicator, region):
            return "\(region) har ingen lagrede tall for \(indicator). Legg dem til med «kostra import» eller «kostra fetch»."
        case let .noFiguresInYears(indicators, region, from, to):
            return "\(region) har ingen lagrede tall for \(indicators.joined(separator: " eller ")) i \(from)–\(to). "
                + "Legg dem til med «kostra import» eller «kostra fetch», eller velg andre år."
        case let .noStructuralFigures(region, year, variables, yearsAvailable):
            let when = year.map { " for \($0)" } ?? ""
            return "\(region) mangler lagrede tall\(when) for \(variables.joined(separator: ", ")). "
                + "År med alle tallene: \(years(yearsAvailable)). Legg til befolkningstall (SSB-tabell 07459) eller velg et annet år."
        case let .duplicateRegion(name):
            return "\(name) er nevnt mer enn én gang (som kommunen eller blant sammenligningskommunene)."
        case let .yearsOutOfOrder(from, to):
            return "fra-året \(from) er ikke før til-året \(to)."
        case let .badInputFile(path, _):
            return "filen \(path) kunne ikke leses."
        case .inputForUnknownColumn, .duplicateInput, .unknownPeerVariable, .badWeight, .badPeerSet:
            return "valgene for analysen er ikke gyldige. Kjør analysen på kommandolinjen for å se hvorfor."
        }
    }

    static func analysis(_ error: AnalysisError, label: (String) -> String) -> String {
        switch error {
        case let .noData(municipality, year, available):
            return "det finnes ingen tall for \(municipality) i \(year). År med tall: \(years(available))."
        case let .nothingToAverage(indicator, year, regions) where regions.isEmpty:
            return "det er ingen kommuner å beregne snitt av for \(label(indicator)) i \(year)."
        case let .nothingToAverage(indicator, year, regions):
            return "ingen av \(regions.joined(separator: ", ")) har tall for \(label(indicator)) i \(year), så det finnes ikke noe snitt."
        case let .cannotWeight(indicator, year, regions):
            return "det vektede snittet av \(label(indicator)) i \(year) trenger tellere og nevnere, som ikke er lagret for "
                + "\(regions.joined(separator: ", "))."
        case let .zeroDenominator(indicator, region, year):
            return "nevneren for \(label(indicator)) for \(region) i \(year) er 0, så tallet finnes ikke (det er ikke null)."
        case let .tooFewMembers(_, year, network, contributors, members, coverage):
            return coverage.shortfall(network: network, year: year, contributors: contributors.count, members: members)
        }
    }

    static func kit(_ error: KitError) -> String {
        switch error {
        case let .notAMunicipality(name):
            return "\(name) er ikke en kommune; bare kommuner kan sammenlignes her."
        case let .noPeers(municipality):
            return "ingen andre kommuner enn \(municipality) er valgt å sammenligne med."
        case let .noFigures(municipality):
            return "det finnes ingen lagrede tall for \(municipality). Legg dem til med «kostra import» eller «kostra fetch»."
        case let .missingInputs(analysis, missing):
            return "\(analysis) mangler \(missing.joined(separator: ", "))."
        case let .nothingLeftToAverage(excluded):
            return "det er ingen kommuner igjen å beregne snitt av når \(excluded.joined(separator: ", ")) holdes utenfor."
        default:
            return "tallene kunne ikke settes sammen. Kjør analysen på kommandolinjen for å se hvorfor."
        }
    }

    static func ratio(_ error: RatioError) -> String {
        switch error {
        case let .noRegionWithBothShares(numeratorLabel, denominatorLabel):
            return "ingen kommune har både «\(numeratorLabel)» og «\(denominatorLabel)», så det finnes ikke noe forholdstall."
        case let .zeroDenominator(region, label):
            return "«\(label)» er 0 for \(region), så forholdstallet er ikke definert."
        case let .invalidShare(region, label, _):
            return "«\(label)» for \(region) er ikke en gyldig andel."
        case let .duplicateRegion(region):
            return "\(region) er nevnt mer enn én gang."
        case .negativeDecimals:
            return "forholdstallet kan ikke rundes av slik det er bedt om."
        }
    }

    static func decomposition(_ error: DecompositionError) -> String {
        switch error {
        case let .missingYear(region, year, available):
            return "det finnes ingen tall for \(region) i \(year). År med tall: \(years(available))."
        case let .nonPositiveFigure(region, year, field, _, _):
            return "\(field.columnName) for \(region) i \(year) er 0 eller negativ, så veksten kan ikke dekomponeres."
        case let .nonFiniteFigure(region, year, field):
            return "\(field.columnName) for \(region) i \(year) er ikke et tall."
        case let .comparisonNotAfterBase(region, baseYear, comparisonYear):
            return "sammenligningsåret \(comparisonYear) for \(region) er ikke etter basisåret \(baseYear)."
        case let .duplicateYear(region, year):
            return "serien for \(region) har mer enn én rad for \(year)."
        default:
            return "filen med tallene for dekomponeringen kunne ikke leses. Kjør «kostra decompose» for å se hvorfor."
        }
    }

    /// `2015–2024` for an unbroken run, else the years listed; `ingen` for none.
    static func years(_ years: [Int]) -> String {
        let sorted = years.sorted()
        guard let first = sorted.first, let last = sorted.last else { return "ingen" }
        return sorted.count > 2 && last - first + 1 == sorted.count
            ? "\(first)–\(last)" : sorted.map(String.init).joined(separator: ", ")
    }
}
