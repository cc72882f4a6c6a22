"""The SQLite store: connection, migrations, and the queries over it."""
