using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.DirectLine.History;
using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Bot.Storage;

namespace RdpHelpBot.Bot.Channels.DirectLine;

internal static class DirectLineHostBuilderExtensions
{
    /// <summary>The Direct Line 3.0 service Web Chat and directlinejs talk to, and the chat page at <c>/</c>.</summary>
    public static IHostApplicationBuilder AddDirectLineChannel(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        // With SQLite, conversations and the tokens of the chat page outlive a restart; in memory, neither does.
        builder.Services.AddSingleton(provider => new DirectLineSecret(
            provider.GetRequiredService<IOptions<DirectLineOptions>>(),
            provider.GetService<SqliteDatabase>() is { } database ? DirectLineKeyFile.Beside(database) : null));
        builder.Services.TryAddSingleton<IDirectLineHistory>(provider => provider.GetService<SqliteDatabase>() is { } database
            ? new SqliteDirectLineHistory(database)
            : new InMemoryDirectLineHistory());
        builder.Services.AddHostedService<DirectLineKeyCheck>();
        builder.Services.AddHostedService<DirectLineHistoryRetentionService>();
        builder.Services.AddHostedService<AwaitingTurnsService>();
        builder.Services.AddSingleton<DirectLineTokens>();
        builder.Services.AddSingleton<DirectLineAuthorizer>();
        builder.Services.AddSingleton<ConversationTokens>();
        builder.Services.AddSingleton<StreamUrls>();
        builder.Services.AddSingleton<DirectLineConversations>();
        builder.Services.AddSingleton<DirectLineTurns>();
        builder.Services.AddSingleton<IChannelMessenger, DirectLineMessenger>();
        builder.Services.AddSingleton<TokenEndpoints>();
        builder.Services.AddSingleton<ConversationEndpoints>();
        builder.Services.AddSingleton<ActivityEndpoints>();
        builder.Services.AddSingleton<StreamEndpoint>();
        builder.Services.AddSingleton<UploadEndpoint>();
        builder.Services.AddSingleton<IValidateOptions<DirectLineOptions>, WebChatHostNamesValidator>();
        builder.Services.AddSingleton<WebChatHostNames>();
        builder.Services.AddSingleton<IValidateOptions<DirectLineOptions>, AllowedOriginsValidator>();
        builder.Services.AddCors();
        builder.Services.AddSingleton<IConfigureOptions<CorsOptions>, DirectLineCors>();
        builder.Services.AddSingleton<WebChatTokenEndpoint>();
        builder.Services.AddDirectLineRateLimits();
        return builder;
    }

    public static WebApplication MapDirectLineChannel(this WebApplication app)
    {
        app.UseWebSockets();
        // Before the rate limiter, so that a page on an allowed origin can read a 429 too.
        app.UseCors();
        app.UseRateLimiter();
        WebChatPage.Serve(app);
        app.MapPost(WebChatTokenEndpoint.Path, (HttpRequest request, WebChatTokenEndpoint endpoint) => endpoint.Issue(request))
            .RequireRateLimiting(DirectLineRateLimits.ConversationStarts);

        var directLine = app.MapGroup(DirectLineRoutes.Base).RequireCors(DirectLineCors.PolicyName);
        directLine.MapPost("/tokens/generate", (HttpRequest request, TokenEndpoints endpoints, CancellationToken cancellationToken) =>
            endpoints.GenerateAsync(request, cancellationToken));
        directLine.MapPost("/tokens/refresh", (HttpRequest request, TokenEndpoints endpoints) => endpoints.Refresh(request));
        directLine.MapPost("/conversations", (HttpRequest request, ConversationEndpoints endpoints) => endpoints.StartAsync(request));
        directLine.MapGet("/conversations/{conversationId}", (HttpRequest request, string conversationId, string? watermark, ConversationEndpoints endpoints, CancellationToken cancellationToken) =>
            endpoints.ReconnectAsync(request, conversationId, watermark, cancellationToken));
        directLine.MapPost("/conversations/{conversationId}/activities", (HttpRequest request, string conversationId, ActivityEndpoints endpoints, CancellationToken cancellationToken) =>
            endpoints.PostAsync(request, conversationId, cancellationToken))
            .RequireRateLimiting(DirectLineRateLimits.ActivityPosts);
        directLine.MapGet("/conversations/{conversationId}/activities", (HttpRequest request, string conversationId, string? watermark, ActivityEndpoints endpoints, CancellationToken cancellationToken) =>
            endpoints.GetAsync(request, conversationId, watermark, cancellationToken));
        directLine.MapPost("/conversations/{conversationId}/upload", (HttpRequest request, string conversationId, UploadEndpoint endpoint, CancellationToken cancellationToken) =>
            endpoint.PostAsync(request, conversationId, cancellationToken));
        directLine.Map("/conversations/{conversationId}/stream", (HttpContext context, string conversationId, string? watermark, string? t, StreamEndpoint endpoint) =>
            endpoint.OpenAsync(context, conversationId, watermark, t));
        return app;
    }
}
