using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.DirectLine.History;
using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Bot.Storage;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>The web chat page and the bot's own Direct Line 3.0 service.</summary>
internal static class DirectLineChannel
{
    /// <summary>The Direct Line 3.0 service Web Chat and directlinejs talk to, and the chat page at <c>/</c>.</summary>
    public static IHostApplicationBuilder AddDirectLineChannel(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        // The chat page's tokens outlive a restart when the storage keeps files (and so the conversations) too.
        builder.Services.AddSingleton(provider => new DirectLineSecret(
            provider.GetRequiredService<IOptions<DirectLineOptions>>(),
            provider.GetRequiredService<DataFolder>().File(DirectLineKeyFile.FileName)));
        builder.Services.AddHostedService<DirectLineKeyCheck>();
        builder.Services.AddHostedService<DirectLineHistoryRetentionService>();
        builder.Services.AddHostedService<AwaitingTurnsService>();
        builder.Services.AddHostedService<DirectLineFeedService>();
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
        builder.Services.AddSingleton<DirectLineHandoffs>();
        builder.Services.AddSingleton<StreamEndpoint>();
        builder.Services.AddSingleton<IChannelStatus, DirectLineStatus>();
        builder.Services.AddSingleton<IValidateOptions<DirectLineOptions>, WebChatHostNamesValidator>();
        builder.Services.AddSingleton<WebChatHostNames>();
        builder.Services.AddSingleton<IValidateOptions<DirectLineOptions>, AllowedOriginsValidator>();
        builder.Services.AddCors();
        builder.Services.AddSingleton<IConfigureOptions<CorsOptions>, DirectLineCors>();
        builder.Services.AddSingleton<WebChatTokenEndpoint>();
        builder.Services.AddDirectLineRateLimits();
        return builder;
    }

    /// <summary>
    /// The chat page, its token endpoint and the Direct Line routes. Each route of one conversation is behind
    /// <see cref="ConversationAccessFilter"/>; the stream checks its own token, given in its URL.
    /// </summary>
    public static IEndpointRouteBuilder MapDirectLineChannel(this IEndpointRouteBuilder endpoints)
    {
        WebChatPage.Map(endpoints);
        endpoints.MapPost(WebChatTokenEndpoint.Path, (HttpRequest request, WebChatTokenEndpoint endpoint) => endpoint.Issue(request))
            .RequireRateLimiting(DirectLineRateLimits.ConversationStarts);

        var directLine = endpoints.MapGroup(DirectLineRoutes.Base).RequireCors(DirectLineCors.PolicyName);
        directLine.MapPost("/tokens/generate", (HttpRequest request, TokenEndpoints endpoints, CancellationToken cancellationToken) =>
            endpoints.GenerateAsync(request, cancellationToken));
        directLine.MapPost("/tokens/refresh", (HttpRequest request, TokenEndpoints endpoints) => endpoints.Refresh(request));
        directLine.MapPost("/conversations", (HttpRequest request, ConversationEndpoints endpoints) => endpoints.StartAsync(request));
        directLine.Map("/conversations/{conversationId}/stream", (HttpContext context, string conversationId, string? watermark, string? t, StreamEndpoint endpoint) =>
            endpoint.OpenAsync(context, conversationId, watermark, t));

        var conversation = directLine.MapGroup($"/conversations/{{{ConversationAccessFilter.RouteValue}}}").AddEndpointFilter<ConversationAccessFilter>();
        conversation.MapGet("", (HttpRequest request, string? watermark, ConversationEndpoints endpoints) => endpoints.Reconnect(request, watermark));
        conversation.MapPost("/activities", (HttpRequest request, ActivityEndpoints endpoints, CancellationToken cancellationToken) =>
            endpoints.PostAsync(request, cancellationToken))
            .RequireRateLimiting(DirectLineRateLimits.ActivityPosts);
        conversation.MapGet("/activities", (HttpRequest request, string? watermark, CancellationToken cancellationToken) =>
            ActivityEndpoints.GetAsync(request, watermark, cancellationToken));
        conversation.MapPost("/upload", UploadEndpoint.Post);
        return endpoints;
    }
}
