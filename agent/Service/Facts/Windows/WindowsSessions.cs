using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace RdpHelpBot.Agent.Facts.Windows;

/// <summary>Lists sessions with WTSEnumerateSessions and names their users with WTSQuerySessionInformation.</summary>
[SupportedOSPlatform("windows")]
internal sealed partial class WindowsSessions : ISessions
{
    private const int UserNameInfo = 5;   // WTS_INFO_CLASS.WTSUserName
    private const int DomainNameInfo = 7; // WTS_INFO_CLASS.WTSDomainName

    public IReadOnlyList<HostSession> List()
    {
        if (!WTSEnumerateSessionsW(IntPtr.Zero, 0, 1, out var sessions, out var count))
            throw new InvalidOperationException($"WTSEnumerateSessions failed with error {Marshal.GetLastPInvokeError()}.");
        try
        {
            var size = Marshal.SizeOf<SessionInfo>();
            return
            [
                .. Enumerable.Range(0, count)
                    .Select(i => Marshal.PtrToStructure<SessionInfo>(sessions + (i * size)))
                    .Select(info => new HostSession(
                        info.SessionId, (HostSessionState)info.State,
                        Query(info.SessionId, UserNameInfo) ?? "", Query(info.SessionId, DomainNameInfo))),
            ];
        }
        finally
        {
            WTSFreeMemory(sessions);
        }
    }

    private static string? Query(int sessionId, int infoClass)
    {
        if (!WTSQuerySessionInformationW(IntPtr.Zero, sessionId, infoClass, out var buffer, out _))
            return null;
        try
        {
            var text = Marshal.PtrToStringUni(buffer);
            return string.IsNullOrEmpty(text) ? null : text;
        }
        finally
        {
            WTSFreeMemory(buffer);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct SessionInfo
    {
        public int SessionId;
        public IntPtr WinStationName;
        public int State;
    }

    [LibraryImport("wtsapi32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool WTSEnumerateSessionsW(IntPtr server, int reserved, int version, out IntPtr sessions, out int count);

    [LibraryImport("wtsapi32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool WTSQuerySessionInformationW(IntPtr server, int sessionId, int infoClass, out IntPtr buffer, out int bytes);

    [LibraryImport("wtsapi32.dll")]
    private static partial void WTSFreeMemory(IntPtr memory);
}
