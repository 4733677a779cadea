using RdpHelpBot.Agent.Facts.Windows;
using RdpHelpBot.Agent.Hosting;

namespace RdpHelpBot.Agent;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (!OperatingSystem.IsWindows())
        {
            await Console.Error.WriteLineAsync("RdpHelpBot.Agent reads Windows services, certificates, registry and event logs; it runs on Windows only.");
            return 2;
        }
        var app = AgentHost.Build(args, WindowsHostFacts.Create(), out var problems);
        if (app is null)
        {
            foreach (var problem in problems)
                await Console.Error.WriteLineAsync(problem);
            await Console.Error.WriteLineAsync("The agent did not start. Fix the settings in appsettings.json or the service's environment.");
            return 2;
        }
        await app.RunAsync();
        return 0;
    }
}
