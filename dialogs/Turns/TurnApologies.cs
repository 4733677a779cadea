using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Turns;

/// <summary>What the user is told when the pipeline, not the conversation, has to speak.</summary>
public static class TurnApologies
{
    public static readonly Reply StateReset =
        new("Sorry — I was updated and lost track of our conversation. Let's start again.");

    public static readonly Reply TurnFailed =
        new("Sorry — something went wrong on my side and I could not handle that message. Please send it again.");

    public static readonly Reply TooManyConflicts =
        new("Sorry — several messages arrived at once and I could not keep up. Please send that last one again.");
}
