using System.ComponentModel.DataAnnotations;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>Configuration section <c>DirectLine</c>: the bot's own Direct Line 3.0 service and its web chat page.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret clients use to start conversations and get tokens. Unset: a random one is made
    /// at each start, so only the web chat page (which gets its tokens from the bot) can talk to the bot.
    /// </summary>
    [MinLength(32, ErrorMessage = "DirectLine:Secret must be at least 32 characters long.")]
    public string? Secret { get; set; }

    /// <summary>
    /// Whether a client-side agent hub takes handed-over cases through the Bot Framework handoff protocol: a hand-over
    /// then sends <c>handoff.initiate</c> into the conversation and the case waits for the hub's <c>handoff.status</c>
    /// (tickets follow after <c>Escalation:TicketAfter</c>). Off by default: a plain web chat has no hub to answer.
    /// </summary>
    public bool AgentHub { get; set; }

    /// <summary>How long a token is valid (Direct Line's <c>expires_in</c>); default 30 minutes, from 1 minute to 1 day.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00",
        ErrorMessage = "DirectLine:TokenLifetime must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Who may get a conversation token from the web chat page's endpoint without the secret.</summary>
    [Required]
    public WebChatAccess WebChatAccess { get; set; } = WebChatAccess.Loopback;

    /// <summary>
    /// Host names the chat page's token endpoint answers at besides this machine's loopback names (localhost,
    /// 127.0.0.1, [::1]); default none.
    /// </summary>
    public List<string> WebChatHostNames { get; set; } = [];

    /// <summary>
    /// Origins (<c>https://portal.contoso.com</c>) whose pages may call the Direct Line routes from a browser, e.g. Web
    /// Chat embedded in an intranet page; default none. Callers still need the secret or a token.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>
    /// Activities kept per conversation (in memory and in the store) for polling and reconnecting clients;
    /// older ones are dropped.
    /// </summary>
    [Range(10, 100_000, ErrorMessage = "DirectLine:MaxActivitiesPerConversation must be between 10 and 100000.")]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>
    /// Bytes of activity JSON (text, attachments, cards and all) kept per conversation, in memory and in the
    /// store; past it the oldest activities are dropped. Default 1 MiB; at least one activity's limit (256 KiB).
    /// </summary>
    [Range(ActivityEndpoints.MaxActivityBytes, 1 << 30,
        ErrorMessage = "DirectLine:MaxBytesPerConversation must be between 262144 and 1073741824.")]
    public int MaxBytesPerConversation { get; set; } = 1 << 20;

    /// <summary>
    /// The most bytes a posted activity that is not a message (typing, an event) may have; it runs no turn, so
    /// it has no reason to be large. Default 4096.
    /// </summary>
    [Range(256, ActivityEndpoints.MaxActivityBytes,
        ErrorMessage = "DirectLine:MaxNonMessageActivityBytes must be between 256 and 262144.")]
    public int MaxNonMessageActivityBytes { get; set; } = 4096;

    /// <summary>
    /// Activities a conversation's clients may post per minute (a burst of that many, then evenly spread);
    /// more get 429 with <c>Retry-After</c>. Default 60.
    /// </summary>
    [Range(1, 10_000, ErrorMessage = "DirectLine:ActivitiesPerMinute must be between 1 and 10000.")]
    public int ActivitiesPerMinute { get; set; } = 60;

    /// <summary>
    /// New chat page conversations (<c>POST /webchat/token</c>) one client address may start per minute; more get
    /// 429 with <c>Retry-After</c>. Default 10.
    /// </summary>
    [Range(1, 10_000, ErrorMessage = "DirectLine:ConversationsPerClientPerMinute must be between 1 and 10000.")]
    public int ConversationsPerClientPerMinute { get; set; } = 10;

    /// <summary>
    /// Conversations kept in memory; past this the least recently active one without a live stream is dropped
    /// (its activities stay in the store and come back when it is used again).
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "DirectLine:MaxConversations must be between 1 and 1000000.")]
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>Days a conversation's activity is kept in the store before it is purged; default 7, from 1 to 3650.</summary>
    [Range(1, 3650, ErrorMessage = "DirectLine:HistoryRetentionDays must be between 1 and 3650 days.")]
    public int HistoryRetentionDays { get; set; } = 7;

    /// <summary>How often an open stream gets an empty keep-alive frame; default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00",
        ErrorMessage = "DirectLine:KeepAliveInterval must be between 00:00:01 and 00:10:00.")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Who the web chat page's token endpoint serves.</summary>
public enum WebChatAccess
{
    /// <summary>Only browsers on this machine (the default).</summary>
    Loopback,

    /// <summary>Anyone who can reach the bot, e.g. behind a reverse proxy that authenticates users.</summary>
    Anyone,

    /// <summary>Nobody: clients need the Direct Line secret or a token made with it.</summary>
    Off,
}
