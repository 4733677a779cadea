using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>Where the prior of a cause comes from; learned priors can replace the knowledge base's.</summary>
public interface IPriorSource
{
    double PriorFor(Cause cause, HostContext context);
}

/// <summary>The priors written in the knowledge files.</summary>
public sealed class KnowledgePriorSource : IPriorSource
{
    public static readonly KnowledgePriorSource Instance = new();

    private KnowledgePriorSource()
    {
    }

    public double PriorFor(Cause cause, HostContext context) => cause.PriorFor(context);
}
