using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RdpHelpBot.Dialogs.Engine.State;

/// <summary>A dialog value kept in its typed form until the state is saved or read as JSON.</summary>
internal abstract class TypedValue
{
    public abstract JsonElement ToElement();

    public abstract void WriteTo(Utf8JsonWriter writer);
}

internal sealed class TypedValue<T>(T value, JsonTypeInfo<T> type) : TypedValue
{
    public override JsonElement ToElement() => JsonSerializer.SerializeToElement(value, type);

    public override void WriteTo(Utf8JsonWriter writer) => JsonSerializer.Serialize(writer, value, type);
}
