/// Error answers in the shapes SSB uses, from real answers gathered in
/// `shared/reference/ssb-social-tables.md` §4 (the `title` carries the meaning).
public enum SSBErrorBody {
    /// `{"type":"Parameter error","title":…,"status":…}`; with `detail` only for too many cells, as SSB does.
    public static func json(status: Int, title: String) -> String {
        if title == tooManyCells {
            return #"{"type":"Parameter error","title":"\#(title)","status":\#(status),"detail":"\#(title)"}"#
        }
        return #"{"type":"Parameter error","title":"\#(title)","status":\#(status)}"#
    }

    /// Over `maxDataCells`.
    public static let tooManyCells = "Too many cells selected"
    /// Unknown value code.
    public static let nonExistentValue = "Non-existent value"
    /// Unknown variable.
    public static let nonExistentVariable = "Non-existent variable"
    /// Unknown table.
    public static let nonExistentTable = "Non-existent table"
    /// A mandatory variable without a selection (sic: SSB spells it "mandantory").
    public static let missingSelection = "Missing selection for mandantory variable"

    /// The IIS-style HTML page SSB's front end answers with HTTP 404 for GET URLs over about
    /// 2 100 characters (the shape of the page is a stand-in; the status and HTML type are what matter).
    public static let iisNotFoundPage = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml">
        <head><title>404 - File or directory not found.</title></head>
        <body><div id="header"><h1>Server Error</h1></div>
        <div id="content"><fieldset><h2>404 - File or directory not found.</h2>
        <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>
        </fieldset></div></body></html>
        """

    /// A captive-portal or maintenance page answered with HTTP 200.
    public static let maintenancePage = """
        <!DOCTYPE html><html lang="no"><head><title>Vedlikehold</title></head>
        <body><h1>Statistikkbanken er utilgjengelig</h1><p>Prøv igjen senere.</p></body></html>
        """
}
