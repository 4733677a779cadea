using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Contract.Signing;
using RdpHelpBot.Agent.Hosting;

namespace RdpHelpBot.Agent.Security;

/// <summary>Decides whether a request is signed with this host's key, fresh, and not seen before.</summary>
internal sealed class RequestAuthenticator(AgentSettings settings, NonceCache nonces, TimeProvider time)
{
    /// <summary>Null when the request is accepted; otherwise the problem to answer with.</summary>
    public AgentProblem? Check(SignatureHeaderValues headers, SignedMessageShape request)
    {
        var failure = SignatureVerifier.Verify(headers, settings.Key, request, time.GetUtcNow(), settings.MaxClockSkew);
        if (failure != SignatureFailure.None)
            return Unauthorized(failure);
        return nonces.TryRemember(headers.Nonce!) switch
        {
            NonceOutcome.Fresh => null,
            NonceOutcome.Replayed => Unauthorized(SignatureFailure.ReplayedNonce),
            _ => AgentProblem.Create(StatusCodes.Status503ServiceUnavailable, "too-many-requests",
                "The agent is remembering too many recent requests; try again in a few minutes."),
        };
    }

    private static AgentProblem Unauthorized(SignatureFailure failure) =>
        AgentProblem.Create(StatusCodes.Status401Unauthorized, failure.Code(), "The request's signature was not accepted.", failure.Describe());
}
