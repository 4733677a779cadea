using BenchmarkDotNet.Running;
using RdpHelpBot.Benchmarks;

// "cpu [conversations]": CPU time per turn; anything else goes to BenchmarkDotNet.
if (args is ["cpu", ..])
{
    await CpuPerTurn.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ConversationBenchmark).Assembly).Run(args);
