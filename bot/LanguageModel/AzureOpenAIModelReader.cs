using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using Azure.AI.OpenAI;
using Azure.Identity;
using OpenAI.Chat;
using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.LanguageModel;

/// <summary>
/// Reads a message with a chat deployment of Azure OpenAI and structured output: the answer must match the strict
/// schema of <see cref="ReadingInstructions"/>. The client's own retries are off, so the caller's time limit holds;
/// a 429 is tried once more only when it asks for a wait under <see cref="MaxRetryAfter"/>.
/// </summary>
internal sealed class AzureOpenAIModelReader : IModelReader
{
    /// <summary>The longest <c>Retry-After</c> worth waiting for within a turn.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(2);

    // A reading is a short JSON object: a few ids and codes.
    private const int MaxOutputTokens = 200;

    private readonly ChatClient chat;
    private readonly ReadingInstructions instructions;
    private readonly TimeProvider time;
    private readonly ChatCompletionOptions completion;

    public AzureOpenAIModelReader(AzureOpenAIOptions options, ReadingInstructions instructions, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.instructions = instructions;
        this.time = time;
        var clientOptions = new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0), NetworkTimeout = options.Timeout };
        var endpoint = new Uri(options.Endpoint!);
        var client = string.IsNullOrEmpty(options.ApiKey)
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential(), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey), clientOptions);
        chat = client.GetChatClient(options.Deployment);
        completion = new ChatCompletionOptions
        {
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(ReadingInstructions.SchemaName, instructions.Schema, jsonSchemaIsStrict: true),
            Temperature = 0,
            MaxOutputTokenCount = MaxOutputTokens,
        };
    }

    public async Task<ModelReading> ReadAsync(string message, Question? question, CancellationToken cancellationToken)
    {
        List<ChatMessage> messages = [new SystemChatMessage(instructions.System)];
        if (question is not null)
            messages.Add(new AssistantChatMessage(ReadingInstructions.AskedQuestion(question)));
        messages.Add(new UserChatMessage(message));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                ChatCompletion answer = await chat.CompleteChatAsync(messages, completion, cancellationToken);
                if (answer.FinishReason == ChatFinishReason.ContentFilter || answer.Refusal is not null)
                    throw new ModelReadingException(ModelFailure.ContentFiltered, 200);
                return ModelReply.Parse(answer.Content.Count > 0 ? answer.Content[0].Text : null);
            }
            catch (ClientResultException e) when (e.Status == 429 && attempt == 1 && RetryAfter(e) is { } wait && wait < MaxRetryAfter)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
            catch (ClientResultException e)
            {
                throw new ModelReadingException(FailureOf(e), e.Status);
            }
            catch (AuthenticationFailedException)
            {
                throw new ModelReadingException(ModelFailure.Refused);
            }
        }
    }

    private static ModelFailure FailureOf(ClientResultException e) => e.Status switch
    {
        0 => ModelFailure.Unreachable,
        429 => ModelFailure.Throttled,
        >= 500 => ModelFailure.ServerError,
        400 when ErrorCode(e) == "content_filter" => ModelFailure.ContentFiltered,
        _ => ModelFailure.Refused,
    };

    /// <summary>The wait a 429 asks for: Azure's <c>retry-after-ms</c>, else <c>Retry-After</c> in seconds.</summary>
    private static TimeSpan? RetryAfter(ClientResultException e)
    {
        var headers = e.GetRawResponse()?.Headers;
        if (headers?.TryGetValue("retry-after-ms", out var milliseconds) == true && Number(milliseconds) is { } ms)
            return TimeSpan.FromMilliseconds(ms);
        return headers?.TryGetValue("Retry-After", out var seconds) == true && Number(seconds) is { } s ? TimeSpan.FromSeconds(s) : null;
    }

    private static double? Number(string? value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 0
            ? number
            : null;

    /// <summary>The <c>error.code</c> of an error answer, e.g. <c>content_filter</c>.</summary>
    private static string? ErrorCode(ClientResultException e)
    {
        try
        {
            using var body = JsonDocument.Parse(e.GetRawResponse()?.Content ?? BinaryData.Empty);
            return body.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
