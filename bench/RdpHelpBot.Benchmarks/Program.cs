using BenchmarkDotNet.Running;
using RdpHelpBot.Benchmarks;

// "cpu [conversations] [typed]": CPU time per turn; anything else goes to BenchmarkDotNet.
if (args is ["cpu", ..])
{
    var conversations = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
    var script = args.Length > 2 && args[2] == ConversationScript.Typed.Name ? ConversationScript.Typed : ConversationScript.Buttons;
    await CpuPerTurn.RunAsync(conversations, script);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ConversationBenchmark).Assembly).Run(args);
