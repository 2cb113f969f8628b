import ArgumentParser

@main
struct Vanthu: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "vanthu")
}
