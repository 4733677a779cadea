using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Dialogs.Learning;

/// <summary>
/// The prior source the engine is given: always the latest learned snapshot. Snapshots are immutable and
/// swapped whole, so each prior read comes from one snapshot. A diagnosis that must not straddle a refresh
/// takes <see cref="Current"/> once and uses it throughout.
/// </summary>
public sealed class LatestLearnedPriors(LearnedPriorSource initial) : IPriorSource
{
    private LearnedPriorSource _current = initial;

    public LearnedPriorSource Current => Volatile.Read(ref _current);

    public void Publish(LearnedPriorSource snapshot) => Volatile.Write(ref _current, snapshot);

    public double PriorFor(Cause cause, HostContext context) => Current.PriorFor(cause, context);
}
