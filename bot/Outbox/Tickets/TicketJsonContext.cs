using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Outbox.Tickets;

/// <summary>What the ticket systems' APIs take and answer, as far as the senders read them.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ServiceNowIncident))]
[JsonSerializable(typeof(ServiceNowRecordAnswer))]
[JsonSerializable(typeof(ServiceNowListAnswer))]
[JsonSerializable(typeof(ServiceNowToken))]
[JsonSerializable(typeof(JiraRequestCreate))]
[JsonSerializable(typeof(JiraRequest))]
[JsonSerializable(typeof(JiraPage<JiraRequest>))]
[JsonSerializable(typeof(JiraPage<JiraAttachment>))]
[JsonSerializable(typeof(List<JiraUser>))]
[JsonSerializable(typeof(JiraTemporaryAttachments))]
[JsonSerializable(typeof(JiraAttachmentCreate))]
internal sealed partial class TicketJsonContext : JsonSerializerContext;

/// <summary>An incident as the Table API takes it.</summary>
internal sealed record ServiceNowIncident(
    [property: JsonPropertyName("short_description")] string ShortDescription,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("urgency")] string Urgency,
    [property: JsonPropertyName("impact")] string Impact,
    [property: JsonPropertyName("contact_type")] string ContactType,
    [property: JsonPropertyName("correlation_id")] string CorrelationId,
    [property: JsonPropertyName("correlation_display")] string CorrelationDisplay)
{
    [JsonPropertyName("caller_id")]
    public string? CallerId { get; init; }

    [JsonPropertyName("assignment_group")]
    public string? AssignmentGroup { get; init; }
}

internal sealed record ServiceNowRecord(
    [property: JsonPropertyName("sys_id")] string? SysId,
    [property: JsonPropertyName("number")] string? Number);

internal sealed record ServiceNowRecordAnswer([property: JsonPropertyName("result")] ServiceNowRecord? Result);

internal sealed record ServiceNowListAnswer([property: JsonPropertyName("result")] List<ServiceNowRecord>? Result);

internal sealed record ServiceNowToken(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn);

internal sealed record JiraRequestCreate(
    [property: JsonPropertyName("serviceDeskId")] string ServiceDeskId,
    [property: JsonPropertyName("requestTypeId")] string RequestTypeId,
    [property: JsonPropertyName("requestFieldValues")] JiraFieldValues RequestFieldValues)
{
    [JsonPropertyName("raiseOnBehalfOf")]
    public string? RaiseOnBehalfOf { get; init; }
}

internal sealed record JiraFieldValues(
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("description")] string Description);

internal sealed record JiraRequest(
    [property: JsonPropertyName("issueKey")] string? IssueKey,
    [property: JsonPropertyName("requestFieldValues")] List<JiraFieldValue>? RequestFieldValues)
{
    [JsonPropertyName("_links")]
    public JiraLinks? Links { get; init; }
}

internal sealed record JiraFieldValue(
    [property: JsonPropertyName("fieldId")] string? FieldId,
    [property: JsonPropertyName("value")] System.Text.Json.JsonElement Value);

internal sealed record JiraLinks([property: JsonPropertyName("agent")] string? Agent);

internal sealed record JiraPage<T>([property: JsonPropertyName("values")] List<T>? Values);

internal sealed record JiraAttachment([property: JsonPropertyName("filename")] string? FileName);

internal sealed record JiraUser(
    [property: JsonPropertyName("accountId")] string? AccountId,
    [property: JsonPropertyName("emailAddress")] string? EmailAddress);

internal sealed record JiraTemporaryAttachments([property: JsonPropertyName("temporaryAttachments")] List<JiraTemporaryAttachment>? TemporaryAttachments);

internal sealed record JiraTemporaryAttachment([property: JsonPropertyName("temporaryAttachmentId")] string? TemporaryAttachmentId);

internal sealed record JiraAttachmentCreate(
    [property: JsonPropertyName("temporaryAttachmentIds")] List<string> TemporaryAttachmentIds,
    [property: JsonPropertyName("public")] bool Public);
