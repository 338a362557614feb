package org.opencsc.person;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 35 (a Java migration, run by Flyway with the SQL ones in version order). Names
 * reduced for search used to keep only the letters a to z, so a name in another script was
 * stored as nothing ("Иван" as "") and "Łukasz" as "ukasz": they are reduced again the way
 * {@link Names} now does it, in Java because SQL has no transliterator. Only names with a
 * character outside ASCII can change. Also indexes a contact's recorder, which a contact
 * officer's home page lists by.
 */
@Component
class V35__NamesInEveryScript extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement select = connection.createStatement();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE person_name SET given_norm = ?, family_norm = ? WHERE id = ?")) {
            try (ResultSet rs = select.executeQuery(
                    "SELECT id, given_name, family_name FROM person_name WHERE given_name ~ '[^\\x01-\\x7f]' OR family_name ~ '[^\\x01-\\x7f]'")) {
                while (rs.next()) {
                    update.setString(1, Names.normalise(rs.getString("given_name")));
                    update.setString(2, Names.normalise(rs.getString("family_name")));
                    update.setLong(3, rs.getLong("id"));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
        try (Statement index = connection.createStatement()) {
            index.execute("CREATE INDEX IF NOT EXISTS contact_recorded_by ON contact (recorded_by, received_at DESC)");
        }
    }
}
