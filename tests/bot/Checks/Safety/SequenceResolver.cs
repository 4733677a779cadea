using System.Net;
using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Tests.Checks.Safety;

/// <summary>Answers each lookup with the next answer in line, like a DNS server that changes its mind.</summary>
internal sealed class SequenceResolver(params string[][] answers) : IHostResolver
{
    public List<string> Lookups { get; } = [];

    public Task<IReadOnlyList<IPAddress>> ResolveAsync(string name, CancellationToken cancellationToken)
    {
        var answer = answers[Math.Min(Lookups.Count, answers.Length - 1)];
        Lookups.Add(name);
        return Task.FromResult<IReadOnlyList<IPAddress>>([.. answer.Select(IPAddress.Parse)]);
    }
}
