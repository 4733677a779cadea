namespace RdpHelpBot.Bot.Channels.DirectLine;

internal static class DirectLineRoutes
{
    public const string Base = "/v3/directline";

    public static string Conversation(string conversationId) => $"{Base}/conversations/{Uri.EscapeDataString(conversationId)}";
}
