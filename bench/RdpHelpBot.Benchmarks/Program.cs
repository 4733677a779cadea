using System.Globalization;
using BenchmarkDotNet.Running;
using RdpHelpBot.Benchmarks;
using RdpHelpBot.Benchmarks.Probing;

// "cpu [conversations]": CPU time per turn; "endpoints N": fake RDP endpoints; "probe N | probe --endpoints FILE":
// the RDP probe against them; anything else goes to BenchmarkDotNet.
switch (args)
{
    case ["cpu", ..]:
        await CpuPerTurn.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000);
        return;
    case ["endpoints", var count]:
        await EndpointsMode.RunAsync(int.Parse(count, CultureInfo.InvariantCulture));
        return;
    case ["probe", ..]:
        await ProbeThroughput.RunAsync(args);
        return;
}
BenchmarkSwitcher.FromAssembly(typeof(ConversationBenchmark).Assembly).Run(args);
