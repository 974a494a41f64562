package dev.geul.media;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PublicAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254", "100.64.0.1",
            "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "::", "fe80::1", "fd00::1", "ff02::1",
            "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1", "::127.0.0.1", "::a9fe:a9fe",
            "64:ff9b::127.0.0.1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::1", "2002:7f00:1::1", "2002:a9fe:a9fe::1",
            "2001:db8::1", "2001::1", "::ffff:0:7f00:1"})
    void addresses_only_this_machine_or_its_networks_reach_are_not_public(String literal) throws Exception {
        assertThat(PublicAddresses.isGlobalUnicast(InetAddress.getByName(literal))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "203.0.114.1", "2001:4860:4860::8888", "2606:4700::1111",
            "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"})
    void addresses_anyone_on_the_internet_reaches_are_public(String literal) throws Exception {
        assertThat(PublicAddresses.isGlobalUnicast(InetAddress.getByName(literal))).isTrue();
    }
}
