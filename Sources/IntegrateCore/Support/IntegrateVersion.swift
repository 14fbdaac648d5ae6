/// The tool's version, recorded in state so a newer tool can tell what an older one wrote.
public enum IntegrateVersion {
    public static let current = "0.1.0"
}
