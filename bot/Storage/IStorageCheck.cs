namespace RdpHelpBot.Bot.Storage;

/// <summary>An engine's check, before the bot starts, that its store can be used at all.</summary>
internal interface IStorageCheck
{
    /// <summary>Throws <see cref="Hosting.StartupProblemException"/> naming what cannot be used and why.</summary>
    Task CheckAsync(CancellationToken cancellationToken);
}
