"""The only layer that speaks SQL: schema, migrations, repositories, search index."""
