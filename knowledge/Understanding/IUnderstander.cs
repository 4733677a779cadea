namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Reads what a user typed: error codes, facts that are evidence, intents and a host name. The built-in
/// implementation is rule-based and embedded; a language-model understander can replace or complement it.
/// </summary>
public interface IUnderstander
{
    Understanding Understand(string text);
}
