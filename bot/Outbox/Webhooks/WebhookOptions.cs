namespace RdpHelpBot.Bot.Outbox.Webhooks;

/// <summary>
/// The receivers of outgoing webhooks (section <c>Webhooks</c>, one entry per receiver: <c>Webhooks:0:Url</c>,
/// <c>Webhooks:0:Secret</c>, <c>Webhooks:0:Events</c>). None by default.
/// </summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    public List<WebhookReceiver> Receivers { get; } = [];

    /// <summary>The receiver configured for <paramref name="url"/>, if it still is.</summary>
    public WebhookReceiver? For(string url) => Receivers.FirstOrDefault(receiver => receiver.Url == url);
}

public sealed class WebhookReceiver
{
    /// <summary>Where events are posted: <c>https://</c>, or <c>http://</c> to this machine only.</summary>
    public string? Url { get; set; }

    /// <summary>The signing secret, <c>whsec_</c> and base64; never logged.</summary>
    public string? Secret { get; set; }

    /// <summary>The event types this receiver gets; all when empty.</summary>
    public List<string> Events { get; set; } = [];

    public bool Wants(string eventType) => Events.Count == 0 || Events.Contains(eventType, StringComparer.Ordinal);
}
