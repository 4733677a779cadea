using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RdpHelpBot.Agent.Facts.Windows;

/// <summary>Finds the file that holds a machine certificate's private key (CAPI in RSA\MachineKeys, CNG in Keys).</summary>
[SupportedOSPlatform("windows")]
internal static class PrivateKeyFiles
{
    private static readonly string[] Folders =
    [
        @"Microsoft\Crypto\RSA\MachineKeys",
        @"Microsoft\Crypto\Keys",
        @"Microsoft\Crypto\SystemKeys",
    ];

    public static (string? File, string? Problem) Find(X509Certificate2 certificate)
    {
        string? name;
        try
        {
            name = UniqueName(certificate);
        }
        catch (CryptographicException e)
        {
            // "Keyset does not exist" and friends: the key file is missing or this account cannot open it.
            return (null, $"The private key could not be opened: {e.Message}");
        }
        if (name is null)
            return (null, "The private key is not an RSA or ECDSA key in a software key store.");
        var programData = Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData);
        var file = Folders.Select(folder => Path.Combine(programData, folder, name)).FirstOrDefault(File.Exists);
        return file is null ? (null, $"No key file named {name} was found under {programData}\\Microsoft\\Crypto.") : (file, null);
    }

    private static string? UniqueName(X509Certificate2 certificate)
    {
        using var rsa = certificate.GetRSAPrivateKey();
        if (rsa is not null)
        {
            return rsa switch
            {
                RSACng cng => cng.Key.UniqueName,
                RSACryptoServiceProvider capi => capi.CspKeyContainerInfo.UniqueKeyContainerName,
                _ => null,
            };
        }
        using var ecdsa = certificate.GetECDsaPrivateKey();
        return (ecdsa as ECDsaCng)?.Key.UniqueName;
    }
}
