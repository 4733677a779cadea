namespace RdpHelpBot.Agent.Contract.Signing;

/// <summary>Why a signed message was not accepted; <see cref="None"/> when it was.</summary>
public enum SignatureFailure
{
    None,
    MissingSignature,
    MalformedSignature,
    UnknownKeyId,
    BadSignature,
    ClockSkew,
    ReplayedNonce,
}

/// <summary>The reason codes the contract uses for each failure (the <c>reason</c> of a 401 problem).</summary>
public static class SignatureFailureReasons
{
    public static string Code(this SignatureFailure failure) => failure switch
    {
        SignatureFailure.None => "none",
        SignatureFailure.MissingSignature => "missing-signature",
        SignatureFailure.MalformedSignature => "malformed-signature",
        SignatureFailure.UnknownKeyId => "unknown-key-id",
        SignatureFailure.BadSignature => "bad-signature",
        SignatureFailure.ClockSkew => "clock-skew",
        SignatureFailure.ReplayedNonce => "replayed-nonce",
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, null),
    };

    public static string Describe(this SignatureFailure failure) => failure switch
    {
        SignatureFailure.None => "The signature is valid.",
        SignatureFailure.MissingSignature => "The message is not signed: a signature header is missing.",
        SignatureFailure.MalformedSignature => "A signature header is malformed (timestamp, nonce or signature format).",
        SignatureFailure.UnknownKeyId => "The message names a key id this side does not know.",
        SignatureFailure.BadSignature => "The signature does not match the message: wrong key, or the message was changed.",
        SignatureFailure.ClockSkew => "The message's timestamp is more than the allowed clock skew away from this side's clock.",
        SignatureFailure.ReplayedNonce => "The nonce was used before: the message is a replay.",
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, null),
    };
}
