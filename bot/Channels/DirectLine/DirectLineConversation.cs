using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// One Direct Line conversation: its recent activities in order, each with an id and a watermark (its
/// sequence number), and the stream open on it, if any.
/// </summary>
internal sealed class DirectLineConversation(string id, int maxActivities, DateTimeOffset now)
{
    private readonly Lock _lock = new();
    private readonly Queue<(long Sequence, JsonElement Activity)> _activities = new();
    private long _lastSequence;
    private ActivityStream? _stream;

    public string Id { get; } = id;

    private int _started;

    /// <summary>Marks it started with <c>POST conversations</c>; false when it already was (a second start gets 200, not 201).</summary>
    public bool TryStart() => Interlocked.Exchange(ref _started, 1) == 0;

    public DateTimeOffset LastActive { get; private set; } = now;

    public bool HasStream
    {
        get
        {
            lock (_lock)
                return _stream is not null;
        }
    }

    /// <summary>Adds an activity made by <paramref name="build"/> from its new id, sends it to the stream; returns the id.</summary>
    public string Append(Func<string, JsonElement> build, DateTimeOffset now)
    {
        lock (_lock)
        {
            var sequence = ++_lastSequence;
            var activityId = $"{Id}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
            var activity = build(activityId);
            _activities.Enqueue((sequence, activity));
            while (_activities.Count > maxActivities)
                _activities.Dequeue();
            LastActive = now;
            _stream?.Send(new ActivitySet([activity], Watermark(sequence)));
            return activityId;
        }
    }

    /// <summary>Sends an activity to the stream only, without a watermark: <c>typing</c> is never kept.</summary>
    public void SendTransient(JsonElement activity)
    {
        lock (_lock)
            _stream?.Send(new ActivitySet([activity], null));
    }

    /// <summary>The kept activities after <paramref name="watermark"/>, at most <paramref name="max"/>.</summary>
    public ActivitySet After(long watermark, int max)
    {
        lock (_lock)
        {
            var page = _activities.Where(a => a.Sequence > watermark).Take(max).ToList();
            var last = page.Count > 0 ? page[^1].Sequence : Math.Max(watermark, 0);
            return new ActivitySet([.. page.Select(a => a.Activity)], Watermark(Math.Min(last, _lastSequence)));
        }
    }

    /// <summary>
    /// Opens the conversation's stream from <paramref name="watermark"/>: the activities after it come first,
    /// then every new one. A stream already open is closed as a collision.
    /// </summary>
    public ActivityStream OpenStream(long watermark)
    {
        lock (_lock)
        {
            _stream?.Close(replaced: true);
            var stream = new ActivityStream(maxActivities, this);
            var missed = _activities.Where(a => a.Sequence > watermark).ToList();
            if (missed.Count > 0)
                stream.Send(new ActivitySet([.. missed.Select(a => a.Activity)], Watermark(missed[^1].Sequence)));
            _stream = stream;
            return stream;
        }
    }

    public void CloseStream(ActivityStream stream)
    {
        lock (_lock)
        {
            if (ReferenceEquals(_stream, stream))
                _stream = null;
        }
        stream.Close(replaced: false);
    }

    public static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The activity sets waiting to go out on one open stream.</summary>
internal sealed class ActivityStream(int capacity, DirectLineConversation conversation)
{
    /// <summary>Sent as an empty frame.</summary>
    public static readonly ActivitySet KeepAlive = new([], null);

    private readonly Channel<ActivitySet> _sets = Channel.CreateBounded<ActivitySet>(capacity);

    public DirectLineConversation Conversation { get; } = conversation;

    public ChannelReader<ActivitySet> Sets => _sets.Reader;

    /// <summary>A newer stream took over the conversation.</summary>
    public bool Replaced { get; private set; }

    public void Send(ActivitySet set)
    {
        // A client too slow to keep up is cut off; it reconnects from its watermark and misses nothing kept.
        if (!_sets.Writer.TryWrite(set))
            _sets.Writer.TryComplete();
    }

    public void Close(bool replaced)
    {
        Replaced |= replaced;
        _sets.Writer.TryComplete();
    }
}
