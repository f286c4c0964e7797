import Foundation
public import KostraModel

/// The structural variables the peer search offers by name, read from `peer-variables.json`.
public struct StructuralVariables: Sendable, Decodable {
    /// One variable: a base figure, or one base figure over another.
    public struct Variable: Sendable, Decodable, Hashable {
        public var id: String
        /// The label a Norwegian reader sees.
        public var label: String
        /// The base figure (catalogue id) above the line, or the figure itself.
        public var numerator: IndicatorID
        /// The base figure below the line, for a share.
        public var denominator: IndicatorID?
        /// Multiplier from numerator / denominator to the unit (100 for percent).
        public var scale: Double?
        public var unit: IndicatorUnit
        public var decimals: Int
        /// Where the figures come from.
        public var source: String

        /// The catalogue figures the variable needs.
        public var figures: [IndicatorID] { [numerator] + (denominator.map { [$0] } ?? []) }

        /// The variable's value from stored figures by id, or `nil` when one is missing or the denominator is zero.
        public func value(_ figures: [IndicatorID: Double]) -> Double? {
            guard let top = figures[numerator] else { return nil }
            guard let denominator else { return top }
            guard let bottom = figures[denominator], bottom != 0 else { return nil }
            return top / bottom * (scale ?? 1)
        }
    }

    /// The variables used when `--by` is not given: size and age structure.
    public var defaults: [String]
    public var variables: [Variable]

    /// The variables shipped with KostraKit.
    public static func bundled() throws(KitError) -> StructuralVariables {
        let url = try kitResources().appendingPathComponent("peer-variables.json")
        do {
            return try JSONDecoder().decode(StructuralVariables.self, from: Data(contentsOf: url))
        } catch {
            throw .damagedInstallation("peer-variables.json cannot be read: \(error)")
        }
    }

    /// The variable with this id.
    public func variable(id: String) -> Variable? { variables.first { $0.id == id } }
}
