/// `areas.json`: the KOSTRA areas beside social services (economy, kindergartens, primary school,
/// health and care, culture, population) with their indicators, profiles and recipes in one file,
/// read beside `indicators.json` and `recipes.json`.
struct AreasFile: Decodable {
    static let name = "areas.json"

    var categories: [String]
    var profiles: [ServiceProfileDefinition]
    var indicators: [Indicator]
    var recipes: [Recipe]
}
