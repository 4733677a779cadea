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
// "http [dialogs] [users]": the whole /api/messages path in process, with a fake Connector.
if (args is ["http", ..])
{
    await HttpPerTurn.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ConversationBenchmark).Assembly).Run(args);
