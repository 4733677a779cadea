using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Validation;

internal static class RuleErrors
{
    /// <summary>An error about an item as a whole, at the item's own line.</summary>
    public static KnowledgeError About(KnowledgeItem item, string message) => At(item.Location, item, message);

    /// <summary>An error about a part of an item (an answer, a citation, a fix entry), at that part's line.</summary>
    public static KnowledgeError At(SourceLocation location, KnowledgeItem item, string message) =>
        new(location, string.IsNullOrWhiteSpace(item.Id) ? null : item.Id, message);
}
