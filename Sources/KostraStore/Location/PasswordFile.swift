import Foundation

/// Reads a `.pgpass` file as libpq does: `host:port:database:user:password` lines,
/// `*` matching anything, `\:` and `\\` escaping, the first matching line winning.
enum PasswordFile {
    struct Lookup {
        var password: String?
        /// Where the password came from, or why none was found.
        var explanation: String
    }

    static func lookup(file: String, host: String, port: Int, database: String, user: String) -> Lookup {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
            let text = try? String(contentsOfFile: file, encoding: .utf8)
        else {
            return Lookup(password: nil, explanation: "no PGPASSWORD and no readable password file at \(file)")
        }
        // libpq ignores a password file others can read; so do we, and say so.
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? (attributes[.posixPermissions] as? Int) ?? 0
        if mode & 0o077 != 0 {
            return Lookup(
                password: nil,
                explanation: "the password file \(file) was ignored because others can read it (run chmod 600 \(file))")
        }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) {
                return Lookup(password: fields[4], explanation: "the password file \(file)")
            }
        }
        return Lookup(
            password: nil, explanation: "no PGPASSWORD and no line for \(host):\(port):\(database):\(user) in \(file)")
    }

    /// Splits one line on unescaped colons, removing the escapes.
    static func split(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
