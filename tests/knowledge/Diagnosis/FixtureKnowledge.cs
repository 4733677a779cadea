using RdpHelpBot.Knowledge.Loading;

namespace RdpHelpBot.Knowledge.Tests.Diagnosis;

/// <summary>
/// A small knowledge base in the shape of the real one: five causes (two claimed only by an article), the
/// questions that tell them apart, one question whose answers move no cause (likelihood ratio 1), and fixes of
/// differing risk and effort.
/// </summary>
internal static class FixtureKnowledge
{
    public static readonly KnowledgeBase Knowledge = Load(Yaml);

    public static KnowledgeBase Load(string yaml)
    {
        var result = KnowledgeBase.Load([new KnowledgeFile("fixture.yaml", yaml)]);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Knowledge!;
    }

    private const string Yaml = """
        sources:
          - { id: ms-docs, kind: microsoft-docs, title: Troubleshoot RDP, url: https://learn.microsoft.com/troubleshoot/rdp }
          - { id: seed, kind: seed-article, title: How to fix 0x904, file: seed.txt }
        facts:
          - { id: host-azure-vm, statement: The host is an Azure VM., because: the host is an Azure VM, context: azure-vm }
          - { id: host-windows-pc, statement: The host is a Windows PC., because: the host is a Windows PC, context: windows-pc }
          - { id: worked-before, statement: It used to work., because: it worked before, opposite: never-worked }
          - { id: never-worked, statement: It never worked., because: it has never worked, opposite: worked-before }
          - { id: everyone-affected, statement: Nobody can connect., because: nobody can connect, opposite: only-my-account }
          - { id: only-my-account, statement: Only this user fails., because: only this user fails, opposite: everyone-affected }
          - { id: over-vpn, statement: The user connects over a VPN., because: the connection goes over a VPN, opposite: no-vpn }
          - { id: no-vpn, statement: No VPN is involved., because: no VPN is involved, opposite: over-vpn }
          - { id: after-windows-update, statement: It started after Windows Update., because: it started after Windows Update }
          - { id: cert-renewed, statement: The certificate was renewed., because: the certificate was renewed recently }
          - { id: mstsc-client, statement: The user runs mstsc., because: the built-in client is used, opposite: store-app }
          - { id: store-app, statement: The user runs the Store app., because: the Store app is used, opposite: mstsc-client }
        questions:
          - id: history
            text: Did connecting to this computer work before?
            answers:
              - { id: yes, label: "Yes, it used to work", fact: worked-before, share: 0.8 }
              - { id: no, label: "No, it never worked", fact: never-worked, share: 0.2 }
              - { id: not-sure, label: Not sure }
          - id: others-affected
            text: Can other people connect to the same computer?
            answers:
              - { id: others-can, label: "Yes, only I can't", fact: only-my-account, share: 0.35 }
              - { id: nobody-can, label: "No, nobody can", fact: everyone-affected, share: 0.65 }
              - { id: not-sure, label: Not sure }
          - id: vpn
            text: Do you connect over a VPN?
            answers:
              - { id: yes, label: "Yes, over a VPN", fact: over-vpn, share: 0.4 }
              - { id: no, label: No VPN, fact: no-vpn, share: 0.6 }
              - { id: not-sure, label: Not sure }
          - id: host-kind
            text: Where does the computer you connect to run?
            answers:
              - { id: azure-vm, label: Azure VM, fact: host-azure-vm, share: 0.6 }
              - { id: windows-pc, label: Windows PC, fact: host-windows-pc, share: 0.4 }
              - { id: not-sure, label: Not sure }
          - id: client-app
            text: Which Remote Desktop app do you use?
            answers:
              - { id: mstsc, label: Remote Desktop Connection, fact: mstsc-client, share: 0.7 }
              - { id: store-app, label: The Store app, fact: store-app, share: 0.3 }
              - { id: not-sure, label: Not sure }
        causes:
          - id: expired-cert
            title: The host's self-signed RDP certificate expired
            explanation: The host's self-signed RDP certificate expired, so the host drops the connection.
            priors: { azure-vm: 0.40, windows-server: 0.30, windows-pc: 0.05, avd: 0.25, windows-365: 0.25, unknown: 0.25 }
            evidence: { worked-before: 2.5, never-worked: 0.3, everyone-affected: 2.0, only-my-account: 0.2 }
            fixes: [{ fix: renew-cert, success: 0.85 }]
            sources: [{ ref: ms-docs }]
          - id: machinekeys-permissions
            title: The MachineKeys folder lost its permissions
            explanation: The MachineKeys folder lost its permissions, so the host drops the connection.
            priors: { azure-vm: 0.15, windows-server: 0.25, windows-pc: 0.10, avd: 0.20, windows-365: 0.20, unknown: 0.20 }
            evidence: { cert-renewed: 3.0, everyone-affected: 2.0, only-my-account: 0.3 }
            fixes: [{ fix: reset-machinekeys, success: 0.7 }, { fix: renew-cert, success: 0.3 }]
            sources: [{ ref: seed, quote: reset the permissions on the MachineKeys folder }]
          - id: stuck-session
            title: A disconnected session of the user is stuck on the host
            explanation: A disconnected session of the user is stuck on the host, so the host drops the connection.
            priors: { azure-vm: 0.10, windows-server: 0.15, windows-pc: 0.40, avd: 0.20, windows-365: 0.20, unknown: 0.20 }
            evidence: { only-my-account: 4.0, everyone-affected: 0.3 }
            fixes: [{ fix: sign-out-session, success: 0.8 }, { fix: restart-host, success: 0.85 }]
            sources: [{ ref: ms-docs }]
          - id: vpn-mtu
            title: The VPN drops large packets during set-up
            explanation: The VPN drops large packets during set-up, so the host drops the connection.
            priors: { azure-vm: 0.15, windows-server: 0.10, windows-pc: 0.25, avd: 0.15, windows-365: 0.15, unknown: 0.15 }
            evidence: { over-vpn: 4.0, no-vpn: 0.1, mstsc-client: 1.0 }
            fixes: [{ fix: lower-mtu, success: 0.6 }]
            sources: [{ ref: seed, quote: lower the MTU of the VPN adapter }]
          - id: update-security-layer
            title: A Windows update changed the Remote Desktop security layer
            explanation: A Windows update changed the Remote Desktop security layer, so the host drops the connection.
            priors: { azure-vm: 0.20, windows-server: 0.20, windows-pc: 0.20, avd: 0.20, windows-365: 0.20, unknown: 0.20 }
            evidence: { after-windows-update: 5.0, worked-before: 1.5, never-worked: 0.2 }
            fixes: [{ fix: set-security-layer, success: 0.75 }, { fix: uninstall-update, success: 0.8 }]
            sources: [{ ref: ms-docs }]
        fixes:
          - { id: renew-cert, title: Delete the expired certificate and restart Remote Desktop, runs_on: host, risk: low, effort_minutes: 10, rights: local administrator, steps: [{ text: Follow the title. }], verify: You can connect again., sources: [{ ref: ms-docs }] }
          - { id: reset-machinekeys, title: Reset the MachineKeys permissions, runs_on: host, risk: high, backup: Copy the folder first., effort_minutes: 20, rights: local administrator, steps: [{ text: Follow the title. }], verify: You can connect again., sources: [{ ref: ms-docs }] }
          - { id: sign-out-session, title: Sign out the stuck session, runs_on: host, risk: low, effort_minutes: 5, rights: local administrator, steps: [{ text: Follow the title. }], verify: You can connect again., sources: [{ ref: ms-docs }] }
          - { id: restart-host, title: Restart the host, runs_on: azure-portal, risk: low, effort_minutes: 15, rights: local administrator, steps: [{ text: Follow the title. }], verify: You can connect again., sources: [{ ref: ms-docs }] }
          - { id: lower-mtu, title: Lower the VPN adapter's MTU, runs_on: client, risk: medium, backup: Note the current MTU., effort_minutes: 15, rights: local administrator, steps: [{ text: Follow the title. }], verify: You can connect again., sources: [{ ref: ms-docs }] }
          - { id: set-security-layer, title: Set the security layer to Negotiate, runs_on: host, risk: medium, backup: Export the policy first., effort_minutes: 10, rights: local administrator, steps: [{ text: Follow the title. }], verify: You can connect again., sources: [{ ref: ms-docs }] }
          - { id: uninstall-update, title: Uninstall the latest update, runs_on: host, risk: high, backup: Take a snapshot first., effort_minutes: 30, rights: local administrator, steps: [{ text: Follow the title. }], verify: You can connect again., sources: [{ ref: ms-docs }] }
        """;
}
