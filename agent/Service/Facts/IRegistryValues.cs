namespace RdpHelpBot.Agent.Facts;

/// <summary>Values under HKEY_LOCAL_MACHINE.</summary>
internal interface IRegistryValues
{
    /// <summary>The value as Windows stores it (<see cref="int"/> for DWORD, <see cref="byte"/>[] for binary, <see cref="string"/>), or null when the key or value is missing.</summary>
    object? Read(string subKey, string valueName);
}
