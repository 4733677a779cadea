using Microsoft.AspNetCore.Builder;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Agent.Hosting;
using RdpHelpBot.Agent.Tests.Contract.Signing;
using RdpHelpBot.Agent.Tests.Service.Fakes;

namespace RdpHelpBot.Agent.Tests.Service.Hosting;

/// <summary>The real agent on Kestrel at 127.0.0.1 (any free port), with a fake host and a fake clock.</summary>
internal sealed class RunningAgent : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningAgent(WebApplication app, FakeTimeProvider time, LogCapture logs)
    {
        this.app = app;
        Time = time;
        Logs = logs;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public FakeTimeProvider Time { get; }

    public LogCapture Logs { get; }

    public HttpClient Client { get; }

    public static async Task<RunningAgent> StartAsync(FakeHost host, params string[] extraArgs)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var logs = new LogCapture();
        string[] args =
        [
            "--Agent:ListenUrl=http://127.0.0.1:0", $"--Agent:KeyId={TestKeys.HostKeyId}", $"--Agent:Key={TestKeys.HostSecret}",
            .. extraArgs,
        ];
        var app = AgentHost.Build(args, host.Facts, out var problems, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<ILoggerProvider>(logs);
        }) ?? throw new InvalidOperationException(string.Join("; ", problems));
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new RunningAgent(app, time, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>Every message the agent logged, formatted.</summary>
    internal sealed class LogCapture : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Enqueue(formatter(state, exception) + exception);

        public void Dispose()
        {
        }
    }
}
