package io.newslens.ingest.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "198.18.0.1",
            "::1", "::", "fe80::1", "fd00:ec2::254", "fc00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
            "64:ff9b::a00:1", "ff02::1", "2001:db8::1"})
    void nonPublicAddressesAreRefused(String ip) throws UnknownHostException {
        assertFalse(AddressGuard.isPublic(InetAddress.getByName(ip)), ip);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111",
            "::ffff:93.184.216.34"})
    void publicAddressesAreAllowed(String ip) throws UnknownHostException {
        assertTrue(AddressGuard.isPublic(InetAddress.getByName(ip)), ip);
    }

    @Test
    void everyResolvedAddressIsChecked() {
        AddressGuard guard = new AddressGuard(false, Set.of(), host -> new InetAddress[]{
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")});
        IngestException e = assertThrows(IngestException.class, () -> guard.check(URI.create("http://news.example/a")));
        assertEquals(400, e.status());
        assertEquals("url-not-allowed", e.type());
        assertTrue(e.getMessage().contains("10.0.0.7"));
    }

    @Test
    void onlyHttpAndHttps() {
        AddressGuard guard = new AddressGuard(false, Set.of(), host -> new InetAddress[]{InetAddress.getByName("8.8.8.8")});
        assertThrows(IngestException.class, () -> guard.check(URI.create("file:///etc/passwd")));
        assertThrows(IngestException.class, () -> guard.check(URI.create("ftp://news.example/a")));
        assertThrows(IngestException.class, () -> guard.check(URI.create("gopher://news.example/a")));
        guard.check(URI.create("https://news.example/a"));
        guard.check(URI.create("HTTP://news.example/a"));
    }

    @Test
    void allowListAndSwitchLetPrivateHostsThrough() {
        AddressGuard.Resolver loopback = host -> new InetAddress[]{InetAddress.getLoopbackAddress()};
        new AddressGuard(false, Set.of("localhost"), loopback).check(URI.create("http://localhost:8080/x"));
        new AddressGuard(true, Set.of(), loopback).check(URI.create("http://127.0.0.1:8080/x"));
        assertThrows(IngestException.class,
                () -> new AddressGuard(false, Set.of("localhost"), loopback).check(URI.create("http://127.0.0.1/x")));
        assertThrows(IngestException.class,
                () -> new AddressGuard(false, Set.of(), loopback).check(URI.create("http://[::1]/x")));
    }

    @Test
    void unresolvableHostIsUnprocessable() {
        AddressGuard guard = new AddressGuard(false, Set.of(), host -> {
            throw new UnknownHostException(host);
        });
        assertEquals(422, assertThrows(IngestException.class,
                () -> guard.check(URI.create("http://no-such-host.invalid/"))).status());
    }
}
