using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading.Channels;
using RdpHelpBot.Bot.Channels.DirectLine.History;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// One Direct Line conversation: its recent activities in order, each with an id and a watermark (its
/// sequence number), and the stream open on it, if any. Each activity is written to the history before anyone
/// sees it, so a watermark a client holds survives a restart. It keeps at most
/// <see cref="ConversationLimits.MaxActivities"/> activities and <see cref="ConversationLimits.MaxBytes"/> of
/// their JSON, in memory and in the history alike; the oldest go first. A turn holds the conversation from the
/// user's message to its last reply, so turns and their replies come in the order of the messages. With a history
/// several instances share (<see cref="IDirectLineFeed"/>), a holder holds it on every instance and first catches up
/// with what the others added, and what they add reaches the stream open here through <see cref="CatchUpAsync"/>.
/// </summary>
internal sealed class DirectLineConversation
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _holding = new(1, 1);
    private readonly Queue<(long Sequence, JsonElement Activity, int Bytes)> _activities = new();
    private readonly Queue<KeptActivity> _awaitingTurn;
    private readonly ConversationLimits _limits;
    private readonly IDirectLineHistory _history;
    private readonly IDirectLineFeed? _feed;
    private long _bytes;
    private long _lastSequence;
    private ActivityStream? _stream;
    private int _started;

    /// <param name="kept">What the history kept of it, oldest first; a conversation with kept activities was started.</param>
    /// <param name="feed">What other instances add to the conversation; null when this instance is the only one.</param>
    public DirectLineConversation(
        string id, ConversationLimits limits, IDirectLineHistory history, IReadOnlyList<KeptActivity> kept, DateTimeOffset now, IDirectLineFeed? feed = null)
    {
        Id = id;
        _limits = limits;
        _history = history;
        _feed = feed;
        foreach (var activity in kept)
        {
            var bytes = SizeOf(activity.Activity);
            _activities.Enqueue((activity.Sequence, activity.Activity, bytes));
            _bytes += bytes;
        }
        _awaitingTurn = new(kept.Where(activity => activity.AwaitsTurn));
        _lastSequence = kept.Count > 0 ? kept[^1].Sequence : 0;
        DropBefore(OldestToKeep(_activities.Count, _bytes, _lastSequence, []));
        _started = kept.Count > 0 ? 1 : 0;
        LastActive = kept.Count > 0 ? kept[^1].At : now;
    }

    public string Id { get; }

    /// <summary>Marks it started with <c>POST conversations</c>; false when it already was (a second start gets 200, not 201).</summary>
    public bool TryStart() => Interlocked.Exchange(ref _started, 1) == 0;

    public DateTimeOffset LastActive { get; private set; }

    public bool HasStream
    {
        get
        {
            lock (_lock)
                return _stream is not null;
        }
    }

    /// <summary>
    /// Holds the conversation until the result is disposed: nothing else is added meanwhile. Whoever adds
    /// activities holds it (<see cref="Number"/>, <see cref="KeepAsync"/> and <see cref="Show"/> need it held).
    /// With other instances, it is held on all of them, and what they added comes first.
    /// </summary>
    public async Task<IAsyncDisposable> HoldAsync(CancellationToken cancellationToken)
    {
        await _holding.WaitAsync(cancellationToken);
        if (_feed is null)
            return new Holder(_holding, shared: null);
        IAsyncDisposable? shared = null;
        try
        {
            shared = await _feed.HoldAsync(Id, cancellationToken);
            await CatchUpAsync(_feed, holding: true, cancellationToken);
            return new Holder(_holding, shared);
        }
        catch
        {
            await new Holder(_holding, shared).DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Adds what other instances added to the conversation since the newest activity here, and sends it to the stream;
    /// nothing to do when this instance is the only one.
    /// </summary>
    public Task CatchUpAsync(CancellationToken cancellationToken) =>
        _feed is null ? Task.CompletedTask : CatchUpAsync(_feed, holding: false, cancellationToken);

    /// <summary>A holder also takes which messages still await their turn: another instance may have answered them.</summary>
    private async Task CatchUpAsync(IDirectLineFeed feed, bool holding, CancellationToken cancellationToken)
    {
        long after;
        lock (_lock)
            after = _lastSequence;
        var changes = await feed.LoadChangesAsync(Id, after, _limits.MaxActivities, cancellationToken);
        if (holding)
        {
            _awaitingTurn.Clear();
            foreach (var awaiting in changes.Where(activity => activity.AwaitsTurn))
                _awaitingTurn.Enqueue(awaiting);
        }
        Add(changes);
    }

    /// <summary>
    /// Adds an activity made by <paramref name="build"/> from its new id: writes it to the history, forgetting
    /// there what no longer fits, then sends it to the stream; returns the id.
    /// </summary>
    public async Task<string> AppendAsync(Func<string, JsonElement> build, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (await HoldAsync(cancellationToken))
        {
            var activity = Number([build], now)[0];
            await KeepAsync(activity, cancellationToken);
            return activity.Id;
        }
    }

    /// <summary>The next activities, made by <paramref name="builds"/> from their ids and numbered after the last one kept; not kept yet.</summary>
    public IReadOnlyList<KeptActivity> Number(IReadOnlyList<Func<string, JsonElement>> builds, DateTimeOffset now) =>
        [.. builds.Select((build, index) =>
        {
            var sequence = _lastSequence + 1 + index;
            var activityId = $"{Id}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
            return new KeptActivity(sequence, activityId, now, build(activityId));
        })];

    /// <summary>Writes one activity to the history, then shows it.</summary>
    public async Task KeepAsync(KeptActivity activity, CancellationToken cancellationToken)
    {
        await _history.AppendAsync(Id, ToKeep([activity], answered: null), transaction: null, cancellationToken);
        Show([activity], answered: null);
    }

    /// <summary>
    /// What the history keeps of <paramref name="activities"/>, the reply to the message of sequence
    /// <paramref name="answered"/>: with them, it forgets what no longer fits. Only holders add activities, so
    /// what will be dropped is known before the write.
    /// </summary>
    public HistoryAppend ToKeep(IReadOnlyList<KeptActivity> activities, long? answered)
    {
        var incoming = activities.Select(activity => (activity.Sequence, Bytes: SizeOf(activity.Activity))).ToList();
        lock (_lock)
        {
            var newest = incoming.Count > 0 ? incoming[^1].Sequence : _lastSequence;
            var oldestKept = OldestToKeep(_activities.Count + incoming.Count, _bytes + incoming.Sum(a => (long)a.Bytes), newest, incoming);
            return new HistoryAppend(activities, oldestKept, answered);
        }
    }

    /// <summary>After the history kept them: adds the activities to the conversation and sends them to the stream.</summary>
    public void Show(IReadOnlyList<KeptActivity> activities, long? answered)
    {
        if (answered is { } sequence && _awaitingTurn.TryPeek(out var oldest) && oldest.Sequence == sequence)
            _awaitingTurn.Dequeue();
        foreach (var activity in activities.Where(activity => activity.AwaitsTurn))
            _awaitingTurn.Enqueue(activity);
        Add(activities);
    }

    /// <summary>
    /// Adds the activities newer than the newest here and sends them to the stream: a catch-up may have brought some
    /// of them already, or bring them again.
    /// </summary>
    private void Add(IReadOnlyList<KeptActivity> activities)
    {
        lock (_lock)
        {
            var newer = activities.Where(activity => activity.Sequence > _lastSequence).ToList();
            if (newer.Count == 0)
                return;
            foreach (var activity in newer)
            {
                var bytes = SizeOf(activity.Activity);
                _activities.Enqueue((activity.Sequence, activity.Activity, bytes));
                _bytes += bytes;
            }
            _lastSequence = newer[^1].Sequence;
            DropBefore(OldestToKeep(_activities.Count, _bytes, _lastSequence, []));
            LastActive = newer[^1].At;
            _stream?.Send(new ActivitySet([.. newer.Select(activity => activity.Activity)], Watermark(_lastSequence)));
        }
    }

    /// <summary>Whether one of the activities the conversation still keeps matches.</summary>
    public bool Contains(Func<JsonElement, bool> match)
    {
        lock (_lock)
            return _activities.Any(kept => match(kept.Activity));
    }

    /// <summary>The oldest user's message kept but not answered yet (the bot stopped first), or null.</summary>
    public KeptActivity? OldestAwaitingTurn => _awaitingTurn.TryPeek(out var activity) ? activity : null;

    /// <summary>
    /// The sequence of the oldest activity to keep when the queue's activities and then <paramref name="incoming"/>
    /// number <paramref name="count"/> and weigh <paramref name="total"/> bytes; the newest always stays.
    /// </summary>
    private long OldestToKeep(int count, long total, long newest, IReadOnlyList<(long Sequence, int Bytes)> incoming)
    {
        foreach (var (sequence, bytes) in _activities.Select(kept => (kept.Sequence, kept.Bytes)).Concat(incoming))
        {
            if (count <= _limits.MaxActivities && total <= _limits.MaxBytes)
                return sequence;
            count--;
            total -= bytes;
        }
        return newest;
    }

    private void DropBefore(long oldestKept)
    {
        while (_activities.TryPeek(out var oldest) && oldest.Sequence < oldestKept)
            _bytes -= _activities.Dequeue().Bytes;
    }

    private static int SizeOf(JsonElement activity) => JsonMarshal.GetRawUtf8Value(activity).Length;

    /// <summary>
    /// Sends an activity to the stream only, without a watermark (<c>typing</c> is never kept): the one open here and,
    /// with other instances, one open on theirs.
    /// </summary>
    public async Task SendTransientAsync(JsonElement activity, CancellationToken cancellationToken)
    {
        SendTransient(activity);
        if (_feed is not null)
            await _feed.SendTransientAsync(Id, activity, cancellationToken);
    }

    /// <summary>Sends an activity to the stream open here only, without a watermark.</summary>
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
            var stream = new ActivityStream(_limits.MaxActivities, this);
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

    private sealed class Holder(SemaphoreSlim holding, IAsyncDisposable? shared) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
                return;
            try
            {
                if (shared is not null)
                    await shared.DisposeAsync();
            }
            finally
            {
                holding.Release();
            }
        }
    }
}

/// <summary>What one conversation keeps: at most this many activities and this many bytes of their JSON.</summary>
internal sealed record ConversationLimits(int MaxActivities, int MaxBytes)
{
    public static ConversationLimits From(DirectLineOptions options) =>
        new(options.MaxActivitiesPerConversation, options.MaxBytesPerConversation);
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
