namespace RdpHelpBot.Agent.Contract.Signing;

/// <summary>A message as the receiver sees it, before the timestamp and nonce from its headers are added.</summary>
public sealed record SignedMessageShape(MessageDirection Direction, string Method, string PathAndQuery, int Status, ReadOnlyMemory<byte> Body)
{
    public static SignedMessageShape Request(string method, string pathAndQuery, ReadOnlyMemory<byte> body) =>
        new(MessageDirection.Request, method, pathAndQuery, 0, body);

    public static SignedMessageShape Response(string method, string pathAndQuery, int status, ReadOnlyMemory<byte> body) =>
        new(MessageDirection.Response, method, pathAndQuery, status, body);

    public SignedMessage With(long timestamp, string nonce) => new(Direction, Method, PathAndQuery, Status, timestamp, nonce, Body);
}
