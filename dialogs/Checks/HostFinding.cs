namespace RdpHelpBot.Dialogs.Checks;

/// <summary>
/// One thing a check learned about a host: the knowledge fact it establishes (origin: check) and what it means
/// in plain words, e.g. <c>check-cert-expired</c>, "The certificate expired 3 days ago."
/// </summary>
/// <param name="FactId">A fact id of the knowledge base; the conversation adds it to the case as evidence.</param>
/// <param name="Text">One or two sentences the user can read.</param>
/// <param name="IsNormal">True for a healthy finding ("the certificate is valid"); a check with only these found nothing abnormal.</param>
public sealed record HostFinding(string FactId, string Text, bool IsNormal = false);
