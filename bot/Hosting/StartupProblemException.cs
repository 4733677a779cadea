namespace RdpHelpBot.Bot.Hosting;

/// <summary>Something found while starting that the operator must fix; its message says what and how.</summary>
internal sealed class StartupProblemException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The one line the operator sees.</summary>
    public string Line => $"The bot did not start: {Message}";
}
