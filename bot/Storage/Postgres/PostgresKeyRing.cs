using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>
/// The Data Protection key ring in PostgreSQL (table <c>data_protection_key</c>), so that every instance on the database
/// encrypts and decrypts with the same keys: a Slack token one instance kept, another can read.
/// </summary>
internal sealed class PostgresKeyRing(PostgresDatabase database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = database.Open();
        using var command = new Npgsql.NpgsqlCommand("SELECT xml FROM data_protection_key ORDER BY id", connection);
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
            elements.Add(XElement.Parse(reader.GetString(0)));
        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = database.Open();
        using var command = new Npgsql.NpgsqlCommand("INSERT INTO data_protection_key (name, xml) VALUES (@name, @xml)", connection);
        command.Parameters.AddWithValue("name", (object?)friendlyName ?? DBNull.Value);
        command.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }
}
