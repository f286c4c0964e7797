import GRDB

/// The migrations each engine knows, oldest first.
///
/// Both lists must be equal: a SQLite migration added to `Schema.migrator` needs its
/// PostgreSQL twin, under the same identifier, appended to `PostgresSchema.migrations`.
/// A test checks this, so a migration added to one engine only cannot ship.
package enum SchemaVersions {
    package static var sqlite: [String] { Schema.migrator.migrations }
    package static var postgres: [String] { PostgresSchema.migrations.map(\.identifier) }
}
