using System.Globalization;
using BenchmarkDotNet.Running;
using RdpHelpBot.Benchmarks;
using RdpHelpBot.Benchmarks.Probing;

// "cpu [conversations] [typed]": CPU time per turn; "understand [rounds]": CPU time per message understood;
// "http [dialogs] [users]": the whole /api/messages path in process with a fake Connector; "endpoints N": fake RDP
// endpoints; "probe N | probe --endpoints FILE": the RDP probe against them; "watch N": one certificate-watch pass
// over them; anything else goes to BenchmarkDotNet.
switch (args)
{
    case ["cpu", ..]:
        var script = args.Length > 2 && args[2] == ConversationScript.Typed.Name ? ConversationScript.Typed : ConversationScript.Buttons;
        await CpuPerTurn.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000, script);
        return;
    case ["understand", ..]:
        await UnderstandingCpu.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000);
        return;
    case ["http", ..]:
        await HttpPerTurn.RunAsync(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50);
        return;
    case ["endpoints", var count]:
        await EndpointsMode.RunAsync(int.Parse(count, CultureInfo.InvariantCulture));
        return;
    case ["probe", ..]:
        await ProbeThroughput.RunAsync(args);
        return;
    case ["watch", ..]:
        await WatchThroughput.RunAsync(args);
        return;
}
BenchmarkSwitcher.FromAssembly(typeof(ConversationBenchmark).Assembly).Run(args);
